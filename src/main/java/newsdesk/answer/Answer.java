package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The one answer object every front end shows: the answer sentences quoted from the paper with
 * their citations (at most one per article, best first), or, when the paper says nothing on the
 * question, {@code answered = false} with the closest articles as suggestions.
 *
 * @param answer the quoted sentences, or the polite no-answer text
 */
public record Answer(String question, boolean answered, String answer, List<Citation> citations,
                     @JsonProperty("took_ms") long tookMs) {

    public Answer {
        citations = List.copyOf(citations);
    }
}
