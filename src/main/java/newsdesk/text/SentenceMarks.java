package newsdesk.text;

/**
 * The punctuation that ends a sentence and the closing marks that stay with it.
 *
 * <p>There are two strengths of end. A full stop (。！？, and ! ? which OCR leaves between Latin
 * words) ends a sentence and may end a paragraph. ； ends a sentence but never a paragraph: these
 * articles chain long lists of measures with it, and a citizen wants the one clause that holds the
 * answer, yet the list goes on in the same paragraph. ASCII ; is no end: ingest turns a ; between
 * Chinese into ；, so the ones left stand between digits or Latin words (1,200; 12:30).
 */
public final class SentenceMarks {

    private static final String FULL_STOPS = "。！？!?";
    private static final char CLAUSE_END = '；';
    /** Closing quotes and brackets that follow an end belong to the sentence they close: 他说：“来了！” */
    private static final String CLOSING_MARKS = "”’」』）)》";

    private SentenceMarks() {
    }

    /** An end that may also close a paragraph. */
    public static boolean isFullStop(int c) {
        return FULL_STOPS.indexOf(c) >= 0;
    }

    private static boolean isSentenceEnd(int c) {
        return c == CLAUSE_END || isFullStop(c);
    }

    public static boolean isClosingMark(int c) {
        return CLOSING_MARKS.indexOf(c) >= 0;
    }

    /**
     * Whether a sentence ends just before {@code offset}: the run of end and closing marks before it
     * holds an end, and no such mark follows. A run is never cut, so 真的吗？！ and 来了！” stay whole.
     */
    public static boolean endsSentenceAt(CharSequence text, int offset) {
        if (offset <= 0 || offset > text.length() || offset < text.length() && isMark(text.charAt(offset))) {
            return false;
        }
        for (int i = offset - 1; i >= 0 && isMark(text.charAt(i)); i--) {
            if (isSentenceEnd(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return isSentenceEnd(c) || isClosingMark(c);
    }
}
