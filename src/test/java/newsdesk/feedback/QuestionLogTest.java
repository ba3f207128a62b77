package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.Citation;
import newsdesk.answer.ConversationKey;
import newsdesk.ingest.PublicationDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContext;

/** The question log in its database file: what is kept, for whom, for how long, and what an export gives. */
class QuestionLogTest {

    /** A chat id long enough that finding its digits in the file could not be chance. */
    private static final long ALICE = 7_340_912_256L;
    private static final long BOB = 5_118_604_373L;
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void aRatingWithItsReasonIsStoredWithTheQuestionAndSurvivesARestart() {
        String[] id = new String[1];
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            id[0] = log.logged(Channel.TELEGRAM, chat(ALICE), answered("电商村有多少个？"), 120);
            FeedbackStorage.written(context);
            assertThat(log.rate(id[0], chat(ALICE), Rating.DOWN)).isEqualTo(Feedback.Result.RECORDED);
            assertThat(log.reason(id[0], chat(ALICE), "引用的\n报道不对")).isEqualTo(Feedback.Result.RECORDED);
        });

        FeedbackStorage.in(folder, clock).run(context -> {
            List<FeedbackRow> rows = rows(context);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.questionId()).isEqualTo(id[0]);
                assertThat(row.question()).isEqualTo("电商村有多少个？");
                assertThat(row.outcome()).isEqualTo("answered");
                assertThat(row.articleIds()).containsExactly("2023-07-14-3-01");
                assertThat(row.latencyMs()).isEqualTo(120);
                assertThat(row.channel()).isEqualTo("telegram");
                assertThat(row.rating()).isEqualTo("down");
                assertThat(row.reason()).isEqualTo("引用的 报道不对");
            });
        });
    }

    @Test
    void aChatCannotRateAnotherChatsAnswer() {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String id = log.logged(Channel.TELEGRAM, chat(ALICE), answered("电商村有多少个？"), 80);
            FeedbackStorage.written(context);

            assertThat(log.rate(id, chat(BOB), Rating.DOWN)).isEqualTo(Feedback.Result.UNKNOWN_QUESTION);
            assertThat(log.rate("not-a-question-id", chat(ALICE), Rating.UP)).isEqualTo(Feedback.Result.UNKNOWN_QUESTION);
            assertThat(rows(context)).isEmpty();
        });
    }

    @Test
    void forgettingAChatDeletesItsQuestionsAndRatingsAndNoOneElses() {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String alices = log.logged(Channel.TELEGRAM, chat(ALICE), answered("电商村有多少个？"), 80);
            log.logged(Channel.TELEGRAM, chat(ALICE), answered("清凉空间在哪里？"), 80);
            String bobs = log.logged(Channel.TELEGRAM, chat(BOB), answered("红色物业是什么？"), 80);
            FeedbackStorage.written(context);
            log.rate(alices, chat(ALICE), Rating.UP);
            log.rate(bobs, chat(BOB), Rating.UP);

            assertThat(log.forget(chat(ALICE))).hasValue(2);

            assertThat(rows(context)).extracting(FeedbackRow::questionId).containsExactly(bobs);
            assertThat(questions(context)).isEqualTo(1);
        });
    }

    @Test
    void questionsOlderThanTheRetentionPeriodAreDeletedAndNewerOnesKept() {
        FeedbackStorage.in(folder, clock).withPropertyValues("newsdesk.feedback.retention=30d").run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String old = log.logged(Channel.WEB, ConversationKey.webVisitor("visitor-1"), answered("旧问题"), 50);
            FeedbackStorage.written(context);
            log.rate(old, ConversationKey.webVisitor("visitor-1"), Rating.UP);
            clock.advance(Duration.ofDays(20));
            String recent = log.logged(Channel.WEB, ConversationKey.webVisitor("visitor-1"), answered("新问题"), 50);
            FeedbackStorage.written(context);
            log.rate(recent, ConversationKey.webVisitor("visitor-1"), Rating.UP);
            clock.advance(Duration.ofDays(11));

            assertThat(context.getBean(Retention.class).deleteExpired()).isEqualTo(1);

            assertThat(rows(context)).extracting(FeedbackRow::question).containsExactly("新问题");
        });
    }

    @Test
    void theDatabaseFileHoldsNoChatIdInClearOnlyAKeyedHash() throws IOException {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String id = log.logged(Channel.TELEGRAM, chat(ALICE), answered("电商村有多少个？"), 80);
            FeedbackStorage.written(context);
            log.rate(id, chat(ALICE), Rating.UP);
            FeedbackStorage.written(context);
        });

        byte[] file = Files.readAllBytes(folder.resolve("newsdesk-db.mv.db"));
        String latin = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(latin).contains("2023-07-14-3-01").doesNotContain(Long.toString(ALICE));
        assertThat(Files.getPosixFilePermissions(folder.resolve("newsdesk-secret")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void anExportListsEachRatedAnswerOnceAsCsvOrJsonLinesFromTheDayGiven() {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String early = log.logged(Channel.TELEGRAM, chat(ALICE), answered("电商村有多少个？"), 80);
            FeedbackStorage.written(context);
            log.rate(early, chat(ALICE), Rating.UP);
            clock.advance(Duration.ofDays(2));
            String late = log.logged(Channel.API, null, answered("清凉空间在哪里？"), 80);
            log.logged(Channel.TELEGRAM, chat(ALICE), answered("没有评价的问题"), 80);
            String bobs = log.logged(Channel.TELEGRAM, chat(BOB), answered("红色物业是什么？"), 80);
            FeedbackStorage.written(context);
            log.rate(bobs, chat(BOB), Rating.DOWN);

            FeedbackExport export = context.getBean(FeedbackExport.class);
            StringWriter csv = new StringWriter();
            export.write(export.rows(null), ExportFormat.CSV, csv);
            StringWriter jsonl = new StringWriter();
            export.write(export.rows("2026-12-01"), ExportFormat.JSONL, jsonl);

            assertThat(csv.toString().lines()).hasSize(3).first().asString().startsWith("question_id,asked_at,channel,question");
            assertThat(csv.toString()).contains("电商村有多少个？", "红色物业是什么？").doesNotContain("没有评价的问题", late);
            assertThat(jsonl.toString().lines()).singleElement().asString()
                    .contains("\"question_id\":\"" + bobs + "\"", "\"rating\":\"down\"", "\"outcome\":\"answered\"");
        });
    }

    /** A reader's question or 👎 reason that a spreadsheet would run as a formula is text in the CSV, as on /admin/needs.csv. */
    @Test
    void anExportsCsvOpensInASpreadsheetWithoutRunningWhatAReaderTyped() {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String asked = log.logged(Channel.TELEGRAM, chat(ALICE), answered("=HYPERLINK(\"http://x.example\",\"补贴\")"), 80);
            FeedbackStorage.written(context);
            log.rate(asked, chat(ALICE), Rating.DOWN);
            log.reason(asked, chat(ALICE), "@SUM(1+1)*cmd|' /C calc'!A0");

            FeedbackExport export = context.getBean(FeedbackExport.class);
            StringWriter csv = new StringWriter();
            export.write(export.rows(null), ExportFormat.CSV, csv);
            StringWriter jsonl = new StringWriter();
            export.write(export.rows(null), ExportFormat.JSONL, jsonl);

            CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.toString())).getRecords().getFirst();
            assertThat(row.get("question")).isEqualTo("'=HYPERLINK(\"http://x.example\",\"补贴\")");
            assertThat(row.get("reason")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
            assertThat(jsonl.toString()).as("the JSON lines are the regression set, kept as typed")
                    .contains("\"question\":\"=HYPERLINK(");
        });
    }

    @Test
    void aSecretTooShortToProtectTheHashesStopsStartUp() {
        FeedbackStorage.in(folder, clock).withPropertyValues("newsdesk.feedback.secret=only-twenty-characters").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("must have at least 32 characters"));
    }

    private static ConversationKey chat(long id) {
        return ConversationKey.telegramChat(id);
    }

    static Answer answered(String question) {
        return new Answer(question, AnswerStatus.ANSWERED, "打造电商村52个。", List.of(new Citation("2023-07-14-3-01",
                "川汇区电商产业蓬勃发展", PublicationDate.UNKNOWN, 3, "周口晚报", "打造电商村52个。", 1.0)), 40);
    }

    private static List<FeedbackRow> rows(ApplicationContext context) {
        return context.getBean(FeedbackExport.class).rows(null);
    }

    private static long questions(ApplicationContext context) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM question").query(Long.class).single();
    }
}
