package newsdesk.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rated answer as exported (command line and admin API alike): the question, how it was understood
 * and answered, the rating, and for a 👎 the article an admin says should have answered it (the admin page),
 * which makes the export a regression set for {@code eval --questions}. No pseudonym: an export leaves the service, the asker stays in it.
 */
public record FeedbackRow(@JsonProperty("question_id") String questionId,
                          @JsonProperty("asked_at") Instant askedAt,
                          String channel, String question,
                          @JsonProperty("understood_as") @Nullable String understoodAs,
                          String outcome,
                          @JsonProperty("article_ids") List<String> articleIds,
                          @JsonProperty("latency_ms") long latencyMs,
                          String rating, @Nullable String reason,
                          @JsonProperty("rated_at") Instant ratedAt,
                          @JsonProperty("corrected_article_id") @Nullable String correctedArticleId) {

    public FeedbackRow {
        articleIds = List.copyOf(articleIds);
    }
}
