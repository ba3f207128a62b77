package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The one answer object every front end shows: the answer sentences quoted from the paper with
 * their citations (at most one per article, best first); or, when the paper covers the topic but
 * not the asked-for fact, {@code not_stated} with the closest article and its most relevant
 * sentence; or, when the paper says nothing on the question, {@code none} with the closest articles
 * as suggestions.
 *
 * @param answer the quoted sentences, or the polite text saying what the paper does not say
 */
public record Answer(String question, AnswerStatus status, String answer, List<Citation> citations,
                     @JsonProperty("took_ms") long tookMs) {

    public Answer {
        citations = List.copyOf(citations);
    }

    /** True only when a quoted sentence holds the fact; kept for clients of the first API. */
    @JsonProperty("answered")
    public boolean answered() {
        return status == AnswerStatus.ANSWERED;
    }
}
