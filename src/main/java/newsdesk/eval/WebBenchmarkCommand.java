package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
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
 * latency percentiles; with {@code --during-refresh} it measures again while a refresh it started
 * runs, so the two runs share one server and one moment of a shared machine. It only talks to
 * loopback, so it cannot be turned on someone else's server.
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

    @Option(names = "--during-refresh", description = "After the idle run, start a refresh through the admin API "
            + "(token from NEWSDESK_ADMIN_TOKEN), measure until it finishes, then idle again; prints all three and the ratio.")
    boolean duringRefresh;

    @Option(names = "--admin-token", defaultValue = "${env:NEWSDESK_ADMIN_TOKEN}", hidden = true,
            description = "The admin token for --during-refresh; defaults to NEWSDESK_ADMIN_TOKEN.")
    @Nullable String adminToken;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CommandSpec command = spec();
        checkBounds(command);
        List<String> questions = questions();
        LoadClients load = new LoadClients(url, clients, questions);
        PrintWriter out = command.commandLine().getOut();
        out.printf("GET %s?q=… with %d clients, %d questions in rotation%n", url, clients, questions.size());

        long warmupEnd = System.nanoTime() + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        LoadSummary idle = load.run(warmupEnd, () -> System.nanoTime() >= end);
        out.printf("idle, %d s after %d s warm-up:%n%s%n", seconds, warmupSeconds, idle.describe());
        out.flush();
        if (!duringRefresh) {
            return idle.errors() == 0 ? 0 : 1;
        }

        RefreshTrigger refresh = new RefreshTrigger(url.resolve("/api/admin/"), adminToken(command));
        refresh.start();
        long from = System.nanoTime();
        long limit = from + Duration.ofSeconds(MAX_SECONDS).toNanos();
        LoadSummary during = load.run(from, () -> refresh.finished() || System.nanoTime() >= limit);
        out.printf("during the refresh (%s):%n%s%n", refresh.describe(), during.describe());
        // Idle again afterwards, so that the JIT warming up during the first idle run, or a neighbour's
        // load on a shared machine, does not decide the comparison on its own.
        long afterEnd = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        LoadSummary after = load.run(System.nanoTime(), () -> System.nanoTime() >= afterEnd);
        out.printf("idle again, %d s:%n%s%n", seconds, after.describe());
        double idlePerSecond = (idle.perSecond() + after.perSecond()) / 2;
        out.printf(java.util.Locale.ROOT,
                "during/idle: throughput %.0f%% of the idle runs' mean, worst wait %.1f ms (idle runs %.1f / %.1f ms)%n",
                100 * during.perSecond() / Math.max(1e-9, idlePerSecond), during.latencies().maxMillis(),
                idle.latencies().maxMillis(), after.latencies().maxMillis());
        out.flush();
        return idle.errors() == 0 && during.errors() == 0 && after.errors() == 0 && refresh.succeeded() ? 0 : 1;
    }

    private String adminToken(CommandSpec command) {
        if (adminToken == null || adminToken.isBlank()) {
            throw new ParameterException(command.commandLine(), "--during-refresh needs NEWSDESK_ADMIN_TOKEN");
        }
        return adminToken;
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
}
