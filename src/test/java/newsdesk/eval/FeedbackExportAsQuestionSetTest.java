package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerFixtures;
import newsdesk.answer.AnswerService;
import newsdesk.feedback.FeedbackRow;
import newsdesk.search.SearchFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval --questions} on the JSON lines of {@code feedback export --format jsonl}: each 👎 is a case, judged by
 * the article an admin supplied for it, or, without one, by not giving the disliked answer again; 👍 lines ask
 * nothing. The lines are written by the export's own row type, so a renamed column fails here.
 */
class FeedbackExportAsQuestionSetTest {

    private static final String SUBSIDY = "困难毕业生补贴每人多少钱？";
    private final JsonMapper json = JsonMapper.builder().build();
    private final AnswerService engine = AnswerFixtures.over(SearchFixtures.samplePages());

    @Test
    void dislikedAnswersAreJudgedByTheCorrectedArticleOrByNotComingBack(@TempDir Path folder) throws IOException {
        Answer now = engine.answer(SUBSIDY);
        String quoted = now.citations().getFirst().articleId();
        Path export = folder.resolve("feedback.jsonl");
        Files.write(export, List.of(
                line("down", SUBSIDY, null, "answered", List.of("elsewhere-01-0000"), quoted),
                line("down", "那每人多少钱？", SUBSIDY, "answered", List.of("elsewhere-01-0000"), "elsewhere-01-0000"),
                line("down", SUBSIDY, null, "answered", List.of(quoted), null),
                line("down", SUBSIDY, null, "none", List.of(), null),
                line("up", SUBSIDY, null, "answered", List.of(quoted), null)));

        List<QuestionSetEvaluation.Case> cases = QuestionSetFile.read(export, json);
        QuestionSetEvaluation.Report report = new QuestionSetEvaluation(engine).run(cases);

        assertThat(cases).hasSize(4).allSatisfy(c -> assertThat(c.kind()).isEqualTo(QuestionSetEvaluation.DISLIKED_KIND));
        assertThat(cases.get(1).question()).as("a follow-up is asked as understood").isEqualTo(SUBSIDY);
        assertThat(report.outcomes()).extracting(QuestionSetEvaluation.Outcome::correct)
                .containsExactly(true, false, false, true);
        assertThat(cases.get(1).expected()).isEqualTo("an answer from elsewhere-01-0000");
        assertThat(cases.get(2).expected()).isEqualTo("another answer than the disliked answered from " + quoted);
    }

    @Test
    void anExportWithOnlyPraiseIsAnEmptySet(@TempDir Path folder) throws IOException {
        Path export = folder.resolve("feedback.jsonl");
        Files.write(export, List.of(line("up", SUBSIDY, null, "answered", List.of(), null)));

        assertThat(QuestionSetFile.read(export, json)).isEmpty();
    }

    private String line(String rating, String question, @Nullable String understoodAs, String outcome,
                        List<String> articleIds, @Nullable String corrected) {
        return json.writeValueAsString(new FeedbackRow("7d3c2f4e-0000-4000-8000-000000000001",
                Instant.parse("2026-11-20T08:00:00Z"), "web", question, understoodAs, outcome, articleIds, 12, rating,
                null, Instant.parse("2026-11-20T08:01:00Z"), corrected));
    }
}
