package newsdesk.text;

/**
 * Folds full-width forms to ASCII, so that numbers and Latin words (２０２３, ＬＥＤ) read, index and
 * compare alike whichever width a page or a question was typed in.
 *
 * <p>Each character folds to exactly one character, so folded text keeps every offset: the search
 * analyzers take token offsets on folded text and highlight the original with them. That is why this
 * is not NFKC, which also folds ① to 1 and ㎡ to m2 (two characters for one), characters ingest never
 * touches, so a question folded that way no longer matches the page it asks about.
 *
 * <p>Page text keeps its full-width punctuation ({@link #toHalfWidth}): it is the Chinese typography
 * that answers quote verbatim, ingest even turns OCR's ASCII punctuation into it, and HanLP segments it
 * better than ASCII. A question also loses it ({@link #toHalfWidthWithPunctuation}): its ？ and ，
 * carry no words, and the answer layer's dense-cosine threshold was set on questions folded so: with
 * 吗？ kept, two answerable questions of the held-out set (sample-pages.jsonl) fell under it.
 */
public final class WidthFolding {

    private static final int FULL_TO_HALF = '！' - '!';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private WidthFolding() {
    }

    /** Full-width letters and digits to ASCII and the ideographic space to a space; punctuation stays. */
    public static String toHalfWidth(String text) {
        return fold(text, false);
    }

    /** As {@link #toHalfWidth}, and full-width ASCII punctuation too (？ → ?, （ → (). */
    public static String toHalfWidthWithPunctuation(String text) {
        return fold(text, true);
    }

    private static String fold(String text, boolean punctuation) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c, punctuation);
            if (folded != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = folded;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char fold(char c, boolean punctuation) {
        if (c == IDEOGRAPHIC_SPACE) {
            return ' ';
        }
        boolean alphanumeric = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
        boolean asciiForm = c >= '！' && c <= '～';
        return alphanumeric || punctuation && asciiForm ? (char) (c - FULL_TO_HALF) : c;
    }
}
