package newsdesk.text;


/** Character classes of Chinese text, shared by cleaning, search and the answer measures. */
public final class ChineseText {

    private ChineseText() {
    }

    public static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Full-width punctuation and the curly quotes Chinese text uses. */
    public static boolean isChinesePunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—' || c == '·';
    }

    public static boolean isChinese(int c) {
        return isHan(c) || isChinesePunctuation(c);
    }

    public static boolean containsHan(CharSequence text) {
        return text.codePoints().anyMatch(ChineseText::isHan);
    }

    /**
     * True when the text, ignoring closing marks and spaces, ends at a full stop or trails off in ……:
     * a line that ends so is a finished paragraph, and a blank line after it is a paragraph break, not
     * a column break inside a sentence. A ； ends a quotable sentence but not a paragraph (see
     * {@link SentenceMarks}), so a list cut by a column break after ； is joined again.
     */
    public static boolean endsAtFullStop(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || SentenceMarks.isClosingMark(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = text.charAt(i);
        return SentenceMarks.isFullStop(last) || (last == '…' && i > 0 && text.charAt(i - 1) == '…');
    }
}
