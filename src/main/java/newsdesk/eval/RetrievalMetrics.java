package newsdesk.eval;

import java.util.ArrayList;
import java.util.List;
import newsdesk.measure.Latencies;

/**
 * Article-level retrieval figures over a question set: recall at 1, 5 and 20, MRR@10 and latency
 * percentiles. A rank is 1-based; 0 means the gold article was not retrieved.
 */
final class RetrievalMetrics {

    private final List<Long> latenciesNanos = new ArrayList<>();
    private int questions;
    private int at1;
    private int at5;
    private int at20;
    private double reciprocalRanks;

    void add(int rank, long latencyNanos) {
        questions++;
        latenciesNanos.add(latencyNanos);
        if (rank <= 0) {
            return;
        }
        at1 += rank <= 1 ? 1 : 0;
        at5 += rank <= 5 ? 1 : 0;
        at20 += rank <= 20 ? 1 : 0;
        reciprocalRanks += rank <= 10 ? 1.0 / rank : 0;
    }

    int questions() {
        return questions;
    }

    double recallAt1() {
        return share(at1);
    }

    double recallAt5() {
        return share(at5);
    }

    double recallAt20() {
        return share(at20);
    }

    double mrrAt10() {
        return questions == 0 ? 0 : reciprocalRanks / questions;
    }

    /** Latency at a percentile (nearest rank), in milliseconds. */
    double latencyMillis(double percentile) {
        return Latencies.ofNanos(latenciesNanos.stream().mapToLong(Long::longValue)).millis(percentile / 100);
    }

    private double share(int count) {
        return questions == 0 ? 0 : (double) count / questions;
    }
}
