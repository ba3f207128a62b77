/**
 * Measurement helpers every benchmark and evaluation shares (latency percentiles), so that a p95 means
 * the same thing in every report. Depends on no feature, like {@code newsdesk.text}.
 */
@NullMarked
package newsdesk.measure;

import org.jspecify.annotations.NullMarked;
