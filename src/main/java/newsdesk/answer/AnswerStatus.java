package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three honest outcomes of a question. */
public enum AnswerStatus {
    /** A quoted sentence holds the asked-for fact. */
    ANSWERED("answered"),
    /** The paper covers the topic but does not print the asked-for fact; the closest article is cited. */
    NOT_STATED("not_stated"),
    /** Nothing in the paper is about the question. */
    NONE("none");

    private final String label;

    AnswerStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
