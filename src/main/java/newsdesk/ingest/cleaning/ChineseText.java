package newsdesk.ingest.cleaning;

/** Character classes shared by the cleaning steps. */
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

    /** Sentence-final punctuation; a closing quote after it still belongs to the sentence. */
    public static boolean isSentenceEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** True when the text, ignoring closing quotes and brackets, ends a sentence. */
    public static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || isClosing(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = text.charAt(i);
        return isSentenceEnd(last) || (last == '…' && i > 0 && text.charAt(i - 1) == '…');
    }

    static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '）' || c == '》' || c == '」' || c == '』' || c == ')';
    }
}
