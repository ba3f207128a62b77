package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.ConversationKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the admin page reads from the question log, and the corrected article it writes back into the export. */
class ReaderQuestionsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final ConversationKey VISITOR = ConversationKey.telegramChat(4_218_553_901L);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(MONDAY);

    @Test
    void unservedQuestionsAreTheNoneTheNotStatedAndTheDislikedOfThePeriod() {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            log.logged(Channel.WEB, VISITOR, QuestionLogTest.answered("电商村有多少个？"), 10);
            clock.advance(Duration.ofMinutes(1));
            log.logged(Channel.WEB, VISITOR, unanswered("图书馆几点开门？", AnswerStatus.NOT_STATED), 10);
            clock.advance(Duration.ofMinutes(1));
            String disliked = log.logged(Channel.WEB, VISITOR, QuestionLogTest.answered("清凉空间在哪里？"), 10);
            clock.advance(Duration.ofDays(1));
            log.logged(Channel.WEB, VISITOR, unanswered("北京明天天气怎么样？", AnswerStatus.NONE), 10);
            clock.advance(Duration.ofDays(5));
            log.logged(Channel.WEB, VISITOR, unanswered("下周以后的问题", AnswerStatus.NONE), 10);
            FeedbackStorage.written(context);
            log.rate(disliked, VISITOR, Rating.DOWN);

            ReaderQuestions questions = context.getBean(ReaderQuestions.class);
            List<AskedQuestion> unserved = questions.unserved(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"));

            assertThat(unserved).extracting(AskedQuestion::question)
                    .containsExactly("图书馆几点开门？", "清凉空间在哪里？", "北京明天天气怎么样？");
            assertThat(unserved.get(1).disliked()).isTrue();
            assertThat(questions.totals(LocalDate.parse("2026-11-22"), LocalDate.parse("2026-11-24")))
                    .extracting(DayTotals::day, DayTotals::questions, DayTotals::answered, DayTotals::disliked)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-22"), 0, 0, 0),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-23"), 3, 2, 1),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-11-24"), 1, 0, 0));
        });
    }

    @Test
    void aCorrectedArticleIsStoredOnlyForADislikedAnswerAndGoesIntoTheExport() {
        FeedbackStorage.in(folder, clock).run(context -> {
            Feedback log = context.getBean(Feedback.class);
            String disliked = log.logged(Channel.WEB, VISITOR, QuestionLogTest.answered("清凉空间在哪里？"), 10);
            String liked = log.logged(Channel.WEB, VISITOR, QuestionLogTest.answered("电商村有多少个？"), 10);
            FeedbackStorage.written(context);
            log.rate(disliked, VISITOR, Rating.DOWN);
            clock.advance(Duration.ofMinutes(1));
            log.rate(liked, VISITOR, Rating.UP);
            ReaderQuestions questions = context.getBean(ReaderQuestions.class);

            assertThat(questions.correct(disliked, "001_1e8b83b8a78d0517-04-9f2c1a7b3d5e"))
                    .isEqualTo(ReaderQuestions.Correction.STORED);
            assertThat(questions.correct(liked, "001_1e8b83b8a78d0517-04-9f2c1a7b3d5e"))
                    .isEqualTo(ReaderQuestions.Correction.NOT_A_DISLIKED_QUESTION);
            assertThat(questions.correct(disliked, "x'; DROP TABLE feedback; --"))
                    .isEqualTo(ReaderQuestions.Correction.INVALID_ARTICLE_ID);
            assertThat(questions.correct("not-a-question", "a-01")).isEqualTo(ReaderQuestions.Correction.NOT_A_DISLIKED_QUESTION);

            assertThat(FeedbackStorage.rated(context)).extracting(FeedbackRow::correctedArticleId)
                    .containsExactly("001_1e8b83b8a78d0517-04-9f2c1a7b3d5e", null);
        });
    }

    private static Answer unanswered(String question, AnswerStatus status) {
        return new Answer(question, status, "报纸上没有找到相关报道。", List.of(), 30);
    }
}
