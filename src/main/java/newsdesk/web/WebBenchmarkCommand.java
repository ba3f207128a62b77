package newsdesk.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A small, bounded load generator for {@code GET /api/answer} of a NewsDesk already running on this
 * machine: N clients ask questions back to back for a fixed time, then it prints throughput and
 * latency percentiles. It only talks to loopback, so it cannot be turned on someone else's server.
 */
@Component
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = "Load-test GET /api/answer of a running NewsDesk on this machine (exit code 1 on any error).")
class WebBenchmarkCommand implements Callable<Integer> {

    /** Questions over the sample pages: on the bundled pages six are answered and four abstain (two off-topic). */
    static final List<String> SAMPLE_QUESTIONS = List.of(
            "困难毕业生补贴每人多少钱？", "川汇区哪里可以免费避暑？", "示范区红色物业示范点有哪些？",
            "2024年春季征兵什么时候开始？", "学雷锋志愿服务活动在哪里举行？", "防止返贫监测对象有多少户？",
            "困难毕业生求职创业补贴发放了多少钱？", "清凉空间开放到几点？", "火星上有图书馆吗？", "明天股票会涨吗？");

    private static final int MAX_CLIENTS = 64;
    private static final int MAX_SECONDS = 600;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080/api/answer",
            description = "The answer endpoint; the question is appended as ?q=. Loopback only. Default: ${DEFAULT-VALUE}")
    URI url = URI.create("http://127.0.0.1:8080/api/answer");

    @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients, 1 to " + MAX_CLIENTS
            + ". Default: ${DEFAULT-VALUE}")
    int clients = 4;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured time, 1 to " + MAX_SECONDS
            + ". Default: ${DEFAULT-VALUE}")
    int seconds = 30;

    @Option(names = "--warmup-seconds", defaultValue = "10",
            description = "Unmeasured time first, for the JIT and the model. Default: ${DEFAULT-VALUE}")
    int warmupSeconds = 10;

    @Option(names = "--questions", paramLabel = "FILE", description = "One question per line (default: built-in sample questions).")
    @Nullable Path questionsFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandSpec command = spec();
        checkBounds(command);
        List<String> questions = questions();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong next = new AtomicLong();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<ClientResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<ClientResult>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                running.add(pool.submit(() -> runClient(http, questions, next, warmupEnd, end)));
            }
            for (Future<ClientResult> client : running) {
                results.add(client.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        }
        Summary summary = Summary.of(results, seconds);
        PrintWriter out = command.commandLine().getOut();
        out.printf("GET %s?q=… with %d clients for %d s (after %d s warm-up), %d questions in rotation%n",
                url, clients, seconds, warmupSeconds, questions.size());
        out.println(summary.describe());
        out.flush();
        return summary.errors() == 0 ? 0 : 1;
    }

    private ClientResult runClient(HttpClient http, List<String> questions, AtomicLong next, long warmupEnd,
                                   long end) throws InterruptedException {
        ClientResult result = new ClientResult();
        for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
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
            if (start >= warmupEnd) {
                result.record(took, ok, answered, failure);
            }
        }
        return result;
    }

    private URI withQuestion(String question) {
        String separator = url.getRawQuery() == null ? "?" : "&";
        return URI.create(url + separator + "q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
    }

    private void checkBounds(CommandSpec command) throws IOException {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new ParameterException(command.commandLine(), "--clients must be 1 to " + MAX_CLIENTS);
        }
        if (seconds < 1 || seconds > MAX_SECONDS || warmupSeconds < 0 || warmupSeconds > MAX_SECONDS) {
            throw new ParameterException(command.commandLine(), "--seconds and --warmup-seconds must be at most " + MAX_SECONDS);
        }
        if (!"http".equals(url.getScheme()) || !isLoopback(url.getHost())) {
            throw new ParameterException(command.commandLine(),
                    "--url must be http:// on this machine (127.0.0.1, ::1 or localhost), was " + url);
        }
    }

    /** localhost or a loopback address literal; other names are refused without a DNS lookup. */
    private static boolean isLoopback(@Nullable String host) throws IOException {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        return literal && InetAddress.getByName(host).isLoopbackAddress();
    }

    private List<String> questions() throws IOException {
        if (questionsFile == null) {
            return SAMPLE_QUESTIONS;
        }
        List<String> lines = Files.readAllLines(questionsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new ParameterException(spec().commandLine(), "no questions in " + questionsFile);
        }
        return lines;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before call()");
        }
        return spec;
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
    }

    /** The figures over all clients; latency percentiles are over successful requests. */
    record Summary(long ok, long errors, long answered, double perSecond, double p50Ms, double p95Ms, double p99Ms,
                   double maxMs, @Nullable String firstFailure) {

        static Summary of(List<ClientResult> clients, int seconds) {
            long[] all = clients.stream().flatMapToLong(c -> Arrays.stream(c.nanos, 0, c.count)).sorted().toArray();
            long errors = clients.stream().mapToLong(c -> c.errors).sum();
            long answered = clients.stream().mapToLong(c -> c.answered).sum();
            String firstFailure = clients.stream().map(c -> c.firstFailure).filter(f -> f != null).findFirst().orElse(null);
            return new Summary(all.length, errors, answered, (double) all.length / seconds, percentile(all, 0.50),
                    percentile(all, 0.95), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    firstFailure);
        }

        /** Nearest-rank percentile, in milliseconds. */
        static double percentile(long[] sorted, double share) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        String describe() {
            return String.format(java.util.Locale.ROOT,
                    "requests: %d ok, %d errors (%d answered, %d abstained)%n"
                            + "throughput: %.1f requests/s%n"
                            + "latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%s",
                    ok, errors, answered, ok - answered, perSecond, p50Ms, p95Ms, p99Ms, maxMs,
                    firstFailure == null ? "" : "%nfirst error: ".formatted() + firstFailure);
        }
    }
}
