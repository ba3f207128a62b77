package newsdesk.eval;

import java.util.List;
import java.util.Optional;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.AnswerStatus;
import newsdesk.feedback.FeedbackRow;
import newsdesk.feedback.Rating;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 👎 from the question log, as a line of {@code feedback export --format jsonl} gives it: a regression case for
 * {@code eval --questions}. With the article an admin supplied on the admin page, the question must now be
 * answered from that article (its quote's source); without one, the answer the reader disliked must not come
 * back (the same outcome from the same first article).
 *
 * @param outcome    what the disliked answer was ({@code answered}, {@code not_stated}, {@code none}, {@code list})
 * @param articleIds what it cited, the quoted article first
 */
record DislikedAnswer(String outcome, List<String> articleIds, @Nullable String correctedArticle) {

    DislikedAnswer {
        articleIds = List.copyOf(articleIds);
    }

    /** Whether a question set line is a feedback export row rather than a hand-written case. */
    static boolean isExportRow(JsonNode line) {
        return line.has("question_id") && line.has("rating");
    }

    /**
     * The case of an export row; empty for a 👍, which asks nothing to change. A follow-up is asked as it was
     * understood, since the set asks each question alone.
     */
    static Optional<QuestionSetEvaluation.Case> caseOf(JsonNode line, JsonMapper json) {
        FeedbackRow row = json.treeToValue(line, FeedbackRow.class);
        if (!Rating.DOWN.label().equals(row.rating())) {
            return Optional.empty();
        }
        String asked = row.understoodAs() == null || row.understoodAs().isBlank() ? row.question() : row.understoodAs();
        String corrected = row.correctedArticleId() == null || row.correctedArticleId().isBlank() ? null
                : row.correctedArticleId();
        return Optional.of(QuestionSetEvaluation.Case.disliked(asked,
                new DislikedAnswer(row.outcome(), row.articleIds(), corrected)));
    }

    boolean fixedBy(Answer answer) {
        String first = answer.citations().isEmpty() ? null : answer.citations().getFirst().articleId();
        if (correctedArticle != null) {
            return answer.status() == AnswerStatus.ANSWERED && answer.kind() == AnswerKind.ANSWER
                    && correctedArticle.equals(first);
        }
        String now = answer.kind() == AnswerKind.LIST ? "list" : answer.status().label();
        String before = articleIds.isEmpty() ? null : articleIds.getFirst();
        return !(now.equals(outcome) && java.util.Objects.equals(first, before));
    }

    /** What the report prints after "expected". */
    String expected() {
        return correctedArticle != null ? "an answer from " + correctedArticle
                : "another answer than the disliked " + outcome + (articleIds.isEmpty() ? "" : " from " + articleIds.getFirst());
    }
}
