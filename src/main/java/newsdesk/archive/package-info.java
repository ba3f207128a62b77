/**
 * A synthetic archive of page files for scale benchmarks (issue 13): years of pages in the style of
 * the sample pages, with planted facts, look-alike decoys and the questions that ask for them.
 * Upstream of nothing but the text rules, so it can be run and tested without an index.
 */
@NullMarked
package newsdesk.archive;

import org.jspecify.annotations.NullMarked;
