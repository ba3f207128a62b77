package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import newsdesk.NewsDeskApplication;
import newsdesk.answer.ConversationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** {@code feedback export} run as a terminal runs it, on a question log a stopped service left behind. */
class FeedbackExportCommandTest {

    @TempDir
    Path folder;

    @Test
    void feedbackExportPrintsTheRatedAnswersAsCsvOrJsonLines() {
        String[] ids = new String[2];
        FeedbackStorage.in(folder, Clock.systemUTC()).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            ids[0] = log.logged(Channel.TELEGRAM, ConversationKey.telegramChat(42), QuestionLogTest.answered("电商村有多少个？"), 90);
            ids[1] = log.logged(Channel.WEB, ConversationKey.webVisitor("v1"), QuestionLogTest.answered("清凉空间在哪里？"), 90);
            log.rate(ids[0], ConversationKey.telegramChat(42), Rating.UP);
            log.rate(ids[1], ConversationKey.webVisitor("v1"), Rating.DOWN);
            log.reason(ids[1], ConversationKey.webVisitor("v1"), "地址不对");
        });

        Run csv = run("feedback", "export");
        Run jsonl = run("feedback", "export", "--format", "jsonl", "--since", "2000-01-01");

        assertThat(csv.exit()).isZero();
        assertThat(csv.printed().lines()).hasSize(3);
        assertThat(csv.printed()).startsWith("question_id,asked_at,channel,question")
                .contains(ids[0] + ",", ids[1] + ",", "地址不对");
        assertThat(jsonl.exit()).isZero();
        assertThat(jsonl.printed().lines()).hasSize(2).last().asString()
                .contains("\"question_id\":\"" + ids[1] + "\"", "\"rating\":\"down\"", "\"reason\":\"地址不对\"");
    }

    @Test
    void aFormatOrDayItCannotReadIsRefusedWithAClearError() {
        FeedbackStorage.in(folder, Clock.systemUTC()).run(context -> { });

        assertThat(run("feedback", "export", "--format", "xml").exit()).isEqualTo(2);
        assertThat(run("feedback", "export", "--since", "last-week").exit()).isEqualTo(2);
    }

    private record Run(int exit, String printed) {
    }

    /** The command with the profiles the jar's main method picks for it (NewsDeskApplication). */
    private Run run(String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Map<String, Object> settings = new HashMap<>(Map.of("newsdesk.telegram.token", ""));
        for (String property : FeedbackStorage.properties(folder)) {
            settings.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
        }
        // Above application.yaml, as the environment would be: the builder's own properties rank below it.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsDeskApplication.class)
                .profiles("cli", "storage")
                .bannerMode(Banner.Mode.OFF)
                .initializers(app -> app.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("test settings", settings)))
                .run(args)) {
            return new Run(SpringApplication.exit(context), printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }
}
