package newsdesk.measure;

import java.util.stream.LongStream;

/**
 * A set of measured durations and their nearest-rank percentiles: the p-th percentile is the
 * smallest duration with at least p% of the measurements at or below it, so p100 is the maximum and
 * every figure is one that was actually measured.
 */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies ofNanos(LongStream nanos) {
        return new Latencies(nanos.sorted().toArray());
    }

    public static Latencies ofMillis(LongStream millis) {
        return ofNanos(millis.map(ms -> ms * 1_000_000));
    }

    public int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile in milliseconds, {@code share} from 0 to 1; 0 when nothing was measured. */
    public double millis(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("a percentile is a share from 0 to 1, was " + share);
        }
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(share * sortedNanos.length);
        return sortedNanos[Math.clamp(rank - 1, 0, sortedNanos.length - 1)] / 1e6;
    }

    /** The longest measurement in milliseconds; 0 when nothing was measured. */
    public double maxMillis() {
        return millis(1);
    }
}
