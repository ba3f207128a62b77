package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one answer object every front end shows: the answer sentences quoted from the paper with
 * their citations (at most one per article, best first); or, when the paper covers the topic but
 * not the asked-for fact, {@code not_stated} with the closest article and its most relevant
 * sentence; or, when the paper says nothing on the question, {@code none} with the closest articles
 * as suggestions.
 *
 * @param answer       the quoted sentences, or the polite text saying what the paper does not say
 * @param understoodAs the question as answered when it differs from what was typed (a follow-up
 *                     completed from the conversation), so a wrong rewrite is visible; null otherwise
 * @param kind         one fact's answer, or a list of articles for a broad question (then each
 *                     citation is one item, its excerpt the sentence that says what the article is)
 */
public record Answer(String question, AnswerStatus status, String answer, List<Citation> citations,
                     @JsonProperty("took_ms") long tookMs,
                     @JsonProperty("understood_as") @Nullable String understoodAs, AnswerKind kind) {

    public Answer {
        citations = List.copyOf(citations);
        java.util.Objects.requireNonNull(kind, "kind");
    }

    /** An answer to a question taken as typed. */
    public Answer(String question, AnswerStatus status, String answer, List<Citation> citations, long tookMs) {
        this(question, status, answer, citations, tookMs, null, AnswerKind.ANSWER);
    }

    /** This answer, given for {@code typed} after it was understood as this answer's question. */
    public Answer understoodFrom(String typed) {
        return typed.equals(question) ? this
                : new Answer(typed, status, answer, citations, tookMs, question, kind);
    }

    /** True only when a quoted sentence holds the fact; kept for clients of the first API. */
    @JsonProperty("answered")
    public boolean answered() {
        return status == AnswerStatus.ANSWERED;
    }
}
