package newsdesk.text;

/** How much of a question is read: all of a real one, and only the start of a pasted text. */
public final class QuestionLimit {

    /**
     * Real questions are a line (the longest in the question sets has 30 characters), and a pasted
     * article must not cost a thousand query clauses. 256 rather than the 200 the answer layer once
     * cut at: 256 is what the web forms let people type and what search always read, so with 200 the
     * last 56 characters a form accepted were dropped without a word.
     */
    public static final int MAX_CHARS = 256;

    private QuestionLimit() {
    }

    /** The first {@link #MAX_CHARS} characters, one fewer where the cut would split a surrogate pair. */
    public static String cut(String question) {
        if (question.length() <= MAX_CHARS) {
            return question;
        }
        int end = Character.isHighSurrogate(question.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return question.substring(0, end);
    }
}
