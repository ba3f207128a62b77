package newsdesk.eval;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * N clients asking {@code GET /api/answer} back to back, each waiting for its answer before the next
 * question, from a start time until a stop condition; what they saw is one {@link LoadSummary}.
 */
final class LoadClients {

    private final URI url;
    private final int clients;
    private final List<String> questions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong next = new AtomicLong();

    LoadClients(URI url, int clients, List<String> questions) {
        this.url = url;
        this.clients = clients;
        this.questions = questions;
    }

    /**
     * Runs the clients until {@code done} says so; requests that start before {@code measuredFrom}
     * (System.nanoTime) are a warm-up and not counted.
     */
    LoadSummary run(long measuredFrom, BooleanSupplier done) throws InterruptedException {
        List<ClientResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<ClientResult>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> runClient(measuredFrom, done)));
            }
            for (Future<ClientResult> client : running) {
                results.add(client.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - measuredFrom) / 1e9);
        return LoadSummary.of(results, seconds);
    }

    private ClientResult runClient(long measuredFrom, BooleanSupplier done) throws InterruptedException {
        ClientResult result = new ClientResult();
        while (!done.getAsBoolean()) {
            String question = questions.get((int) (next.getAndIncrement() % questions.size()));
            HttpRequest request = HttpRequest.newBuilder(withQuestion(question)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET().build();
            long start = System.nanoTime();
            boolean ok;
            boolean answered = false;
            String failure = null;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                ok = response.statusCode() == 200 && response.body().contains("\"answered\"");
                answered = response.body().contains("\"answered\":true");
                if (!ok) {
                    failure = "HTTP " + response.statusCode();
                }
            } catch (IOException e) {
                ok = false;
                failure = e.toString();
            }
            long took = System.nanoTime() - start;
            if (start >= measuredFrom) {
                result.record(took, ok, answered, failure);
            }
        }
        return result;
    }

    private URI withQuestion(String question) {
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(url + separator + "q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
    }

    /** What one client saw; only its own thread writes to it. */
    static final class ClientResult {
        private long[] nanos = new long[1024];
        private int count;
        private long errors;
        private long answered;
        private @Nullable String firstFailure;

        void record(long took, boolean ok, boolean wasAnswered, @Nullable String failure) {
            if (!ok) {
                errors++;
                if (firstFailure == null) {
                    firstFailure = failure;
                }
                return;
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = took;
            if (wasAnswered) {
                answered++;
            }
        }

        java.util.stream.LongStream latencies() {
            return Arrays.stream(nanos, 0, count);
        }

        long errors() {
            return errors;
        }

        long answered() {
            return answered;
        }

        @Nullable String firstFailure() {
            return firstFailure;
        }
    }
}
