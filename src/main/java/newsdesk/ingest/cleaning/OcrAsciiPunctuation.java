package newsdesk.ingest.cleaning;

import newsdesk.text.ChineseText;

/**
 * Turns the ASCII punctuation that OCR puts into Chinese text (听,这深情的足音; "创文"; (记者 …))
 * into the full-width marks the rest of the paper uses, so sentences split and quotes pair the same
 * way on OCR pages as on PDF pages. Punctuation between digits or Latin words (1,200; 12:30; don't)
 * is left alone; a decimal point is never touched.
 */
public final class OcrAsciiPunctuation implements LineCleaner {

    @Override
    public String clean(String line) {
        if (!ChineseText.containsHan(line)) {
            return line;
        }
        StringBuilder out = new StringBuilder(line);
        boolean doubleOpen = true;
        boolean singleOpen = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean chineseBefore = ChineseText.isChinese(neighbour(out, i, -1));
            boolean chineseAfter = ChineseText.isChinese(neighbour(out, i, +1));
            boolean chinese = chineseBefore || chineseAfter;
            switch (c) {
                case ',' -> replaceIf(out, i, chinese, '，');
                case ';' -> replaceIf(out, i, chinese, '；');
                case ':' -> replaceIf(out, i, chinese, '：');
                case '?' -> replaceIf(out, i, chinese, '？');
                case '!' -> replaceIf(out, i, chinese, '！');
                case '(' -> replaceIf(out, i, chinese, '（');
                case ')' -> replaceIf(out, i, chinese, '）');
                case '"' -> {
                    out.setCharAt(i, doubleOpen ? '“' : '”');
                    doubleOpen = !doubleOpen;
                }
                case '\'' -> {
                    if (chinese) {
                        out.setCharAt(i, singleOpen ? '‘' : '’');
                        singleOpen = !singleOpen;
                    }
                }
                default -> {
                }
            }
        }
        return out.toString();
    }

    private static void replaceIf(StringBuilder out, int i, boolean chinese, char fullWidth) {
        if (chinese) {
            out.setCharAt(i, fullWidth);
        }
    }

    /** The nearest character that is not a space, looking before (-1) or after (+1) position i. */
    private static int neighbour(CharSequence text, int i, int direction) {
        for (int j = i + direction; j >= 0 && j < text.length(); j += direction) {
            char c = text.charAt(j);
            if (c != ' ') {
                return c;
            }
        }
        return ' ';
    }
}
