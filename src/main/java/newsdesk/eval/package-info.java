/**
 * Benchmarks that run questions through the project's own search (and later answer) code and
 * print the figures reported in docs/BENCHMARKS.md.
 */
@NullMarked
package newsdesk.eval;

import org.jspecify.annotations.NullMarked;
