package newsdesk.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newsdesk.measure.Latencies;
import org.jspecify.annotations.Nullable;

/** The figures over all clients of one load run; latency percentiles are over successful requests. */
record LoadSummary(long ok, long errors, long answered, double seconds, Latencies latencies,
                   @Nullable String firstFailure) {

    static LoadSummary of(List<LoadClients.ClientResult> clients, double seconds) {
        Latencies latencies = Latencies.ofNanos(clients.stream().flatMapToLong(LoadClients.ClientResult::latencies));
        long errors = clients.stream().mapToLong(LoadClients.ClientResult::errors).sum();
        long answered = clients.stream().mapToLong(LoadClients.ClientResult::answered).sum();
        String firstFailure = clients.stream().map(LoadClients.ClientResult::firstFailure).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return new LoadSummary(latencies.count(), errors, answered, seconds, latencies, firstFailure);
    }

    double perSecond() {
        return ok / seconds;
    }

    String describe() {
        return String.format(Locale.ROOT,
                "requests: %d ok, %d errors (%d answered, %d abstained) in %.1f s%n"
                        + "throughput: %.1f requests/s%n"
                        + "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%s",
                ok, errors, answered, ok - answered, seconds, perSecond(), latencies.millis(0.50),
                latencies.millis(0.95), latencies.millis(0.99), latencies.maxMillis(),
                firstFailure == null ? "" : "%nfirst error: ".formatted() + firstFailure);
    }
}
