package newsdesk.ingest.cleaning;

import newsdesk.text.ChineseText;
import java.util.Map;

/**
 * Corrects characters that OCR confuses (人户走访 for 入户走访), but only where the page itself
 * proves the correction: the corrected three-character window must be printed elsewhere on the same
 * page. Without such evidence the text is left as printed, because 人户 is also a real word.
 */
public final class OcrConfusions {

    /** Misread character → the character it is usually a misreading of. */
    private static final Map<Character, Character> CONFUSIONS = Map.of('人', '入', '己', '已', '末', '未');

    private static final int WINDOW = 3;

    /** Returns the paragraph with every confusion corrected that {@code pageText} gives evidence for. */
    public String correct(String paragraph, String pageText) {
        StringBuilder out = null;
        for (int i = 0; i < paragraph.length(); i++) {
            Character fix = CONFUSIONS.get(paragraph.charAt(i));
            if (fix != null && pageProves(paragraph, i, fix, pageText)) {
                if (out == null) {
                    out = new StringBuilder(paragraph);
                }
                out.setCharAt(i, fix);
            }
        }
        return out == null ? paragraph : out.toString();
    }

    private static boolean pageProves(String paragraph, int at, char fix, String pageText) {
        for (int start = at - WINDOW + 1; start <= at; start++) {
            int end = start + WINDOW;
            if (start < 0 || end > paragraph.length() || !allHan(paragraph, start, end)) {
                continue;
            }
            String corrected = paragraph.substring(start, at) + fix + paragraph.substring(at + 1, end);
            if (pageText.contains(corrected)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!ChineseText.isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
