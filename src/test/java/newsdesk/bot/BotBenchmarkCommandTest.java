package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnsweredAlone;
import newsdesk.answer.Conversations;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import picocli.CommandLine;

class BotBenchmarkCommandTest {

    @Test
    void sendsEveryQuestionThroughTheStandInAndReportsThroughputAndLatency() {
        try (AnnotationConfigApplicationContext application = new AnnotationConfigApplicationContext()) {
            FixedAnswerEngine engine = new FixedAnswerEngine().answering(BotFixtures.villagesAnswer());
            application.registerBean(AnswerEngine.class, () -> engine);
            application.registerBean(Conversations.class, () -> new AnsweredAlone(engine));
            application.refresh();
            StringWriter out = new StringWriter();
            CommandLine command = new CommandLine(new BotBenchmarkCommand(application)).setOut(new PrintWriter(out));

            int exit = command.execute("--questions", System.getProperty("bench.questions", "40"), "--timeout", "60");

            assertThat(exit).isZero();
            assertThat(out.toString()).containsPattern("questions: (\\d+) sent, \\1 answered")
                    .containsPattern("throughput: [0-9.]+ updates/s")
                    .containsPattern("update->reply: p50 \\d+ ms, p95 \\d+ ms");
        }
    }
}
