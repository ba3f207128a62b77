package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an answer quotes the sentences that hold one fact, or lists several articles for a broad question. */
public enum AnswerKind {
    /** Quoted sentences for one asked-for fact (or an honest not_stated / none). */
    ANSWER("answer"),
    /** A broad question (最近有什么活动？): several articles, newest first, each with the sentence that says what it is. */
    LIST("list");

    private final String label;

    AnswerKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
