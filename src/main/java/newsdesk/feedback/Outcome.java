package newsdesk.feedback;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;

/** A logged question's outcome; a list of articles for a broad question is its own, whatever its status. */
enum Outcome {
    ANSWERED("answered"), NOT_STATED("not_stated"), NONE("none"), LIST("list");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static Outcome of(Answer answer) {
        if (answer.kind() == AnswerKind.LIST) {
            return LIST;
        }
        return switch (answer.status()) {
            case ANSWERED -> ANSWERED;
            case NOT_STATED -> NOT_STATED;
            case NONE -> NONE;
        };
    }
}
