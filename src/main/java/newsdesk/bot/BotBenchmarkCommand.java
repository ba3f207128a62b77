package newsdesk.bot;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import newsdesk.measure.Latencies;
import org.jspecify.annotations.Nullable;
import newsdesk.answer.AnswerEngine;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the whole bot (library, HTTP, routing, workers, answer engine, formatting) against a local
 * Bot API stand-in: N questions from N chats go out through getUpdates; the time from handing out an
 * update to the bot's reply is what a user waits for, minus Telegram's network.
 */
@Component
@Command(name = "bench-bot", mixinStandardHelpOptions = true,
        description = "Run the Telegram bot against a local Bot API stand-in and time N questions.")
class BotBenchmarkCommand implements Callable<Integer> {

    private static final List<String> SAMPLE_QUESTIONS = List.of(
            "川汇区建了多少个电商村？", "清凉空间在哪里？", "红色物业是什么？", "周口大数据产业园什么时候落成？",
            "项城丁集镇修了什么路？", "户外劳动者可以在哪里休息？", "明天会下雨吗？", "市政府常务会议研究了什么？");

    private final ApplicationContext application;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--questions", defaultValue = "500", description = "How many questions to send (default: ${DEFAULT-VALUE}).")
    int questions;

    @Option(names = "--question-file", description = "Questions, one a line (default: a built-in list about the sample pages).")
    @Nullable Path questionFile;

    @Option(names = "--timeout", defaultValue = "300", description = "Give up after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    BotBenchmarkCommand(ApplicationContext application) {
        this.application = application;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec().commandLine().getOut();
        if (application.getBeanProvider(AnswerEngine.class).getIfAvailable() == null) {
            spec().commandLine().getErr().println("bench-bot needs an AnswerEngine bean (NewsDesk's answer service); "
                    + "this build has none yet");
            return 2;
        }
        List<String> pool = questionFile == null ? SAMPLE_QUESTIONS
                : Files.readAllLines(questionFile).stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        try (BenchStandIn api = new BenchStandIn(); AnnotationConfigApplicationContext bot = startBot(api.url())) {
            long[] sentNanos = new long[questions];
            long start = System.nanoTime();
            for (int i = 0; i < questions; i++) {
                sentNanos[i] = System.nanoTime();
                api.enqueue(i + 1, i + 1, pool.get(i % pool.size()));
            }
            long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            Map<Long, Long> replies = api.firstReplyNanos();
            while (replies.size() < questions && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            report(out, sentNanos, replies, start);
            return replies.size() == questions ? 0 : 1;
        }
    }

    /** The real bot wiring in a child context, so it gets the application's AnswerEngine and shuts down with the run. */
    private AnnotationConfigApplicationContext startBot(String apiUrl) {
        AnnotationConfigApplicationContext bot = new AnnotationConfigApplicationContext();
        bot.setParent(application);
        // Not the `cli` profile of this run: the bot's configuration stays off in command-line runs.
        bot.getEnvironment().setActiveProfiles("bench-bot");
        bot.getEnvironment().getPropertySources().addFirst(new MapPropertySource("bench-bot", Map.of(
                "newsdesk.telegram.token", "1:bench-bot-stand-in-token-000000",
                "newsdesk.telegram.api-url", apiUrl,
                "newsdesk.telegram.poll-timeout", "1s",
                "newsdesk.telegram.webhook.url", "",
                // Each question comes from its own chat; the queue holds the whole run so nobody is told "busy".
                "newsdesk.telegram.workers.queue", String.valueOf(Math.max(questions, 1)))));
        bot.register(BotConfiguration.class);
        bot.refresh();
        return bot;
    }

    private void report(PrintWriter out, long[] sentNanos, Map<Long, Long> replies, long start) {
        List<Long> latencies = new ArrayList<>();
        long last = start;
        for (int i = 0; i < sentNanos.length; i++) {
            Long reply = replies.get((long) i + 1);
            if (reply != null) {
                latencies.add(reply - sentNanos[i]);
                last = Math.max(last, reply);
            }
        }
        Latencies replyTimes = Latencies.ofNanos(latencies.stream().mapToLong(Long::longValue));
        double seconds = (last - start) / 1e9;
        out.printf("questions: %d sent, %d answered%n", sentNanos.length, replyTimes.count());
        out.printf("time: %.2f s%n", seconds);
        out.printf("throughput: %.1f updates/s%n", seconds > 0 ? replyTimes.count() / seconds : 0.0);
        out.printf("update->reply: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                replyTimes.millis(0.50), replyTimes.millis(0.95), replyTimes.maxMillis());
        out.flush();
    }


    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before call()");
        }
        return spec;
    }
}
