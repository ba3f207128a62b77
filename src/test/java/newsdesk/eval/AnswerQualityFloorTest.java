package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import newsdesk.answer.AnswerFixtures;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answer quality pinned in the build, as Anserini pins its regression scores: the core question set
 * on the sample pages through the real AnswerService, judged exactly as {@code eval --questions}
 * judges it. A change that loses answers or starts answering what the paper does not say fails here,
 * not in a citizen's chat.
 */
class AnswerQualityFloorTest {

    /** Measured 67/77 = 0.870 when this floor was set (docs/BENCHMARKS.md); the issue asks 0.90. */
    private static final double CORRECT_AT_TOP_1_FLOOR = 0.85;

    /**
     * The core set was written without a today; its 今年 questions are about 2023 pages (六一社区, 2023-07),
     * so it is asked at the end of 2023. A fixed day also keeps the floor from moving with the calendar.
     */
    private static final LocalDate ASKED_ON = LocalDate.of(2023, 12, 31);

    static SearchService search;

    @BeforeAll
    static void indexSamplePages() {
        search = SearchFixtures.samplePages();
    }

    @Test
    void coreQuestionsAreAnsweredWithTheGoldFactAndNoUnanswerableOneIsAnswered() throws IOException {
        var cases = QuestionSetFile.read(Path.of("src/test/resources/questions/sample-pages-core.jsonl"),
                JsonMapper.builder().build());

        QuestionSetEvaluation.Report report = new QuestionSetEvaluation(AnswerFixtures.over(search), ASKED_ON).run(cases);

        assertThat((double) report.correctAtTop1() / report.answerable())
                .as("correct at top 1: %d/%d", report.correctAtTop1(), report.answerable())
                .isGreaterThanOrEqualTo(CORRECT_AT_TOP_1_FLOOR);
        assertThat(report.outcomes()).filteredOn(outcome -> outcome.testCase().shouldAbstain())
                .as("unanswerable questions answered")
                .noneMatch(outcome -> outcome.answer().answered());
    }
}
