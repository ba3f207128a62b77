package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Body paragraphs broken into lines of a column: a fixed number of characters, the first line
 * indented two. As Chinese typesetting does, a closing mark never starts a line: it hangs at the end
 * of the line before.
 */
final class BodyLines {

    private static final String NO_LINE_START = "。，、；：？！）》」』”’";

    record Line(String text, boolean indented) {
    }

    private BodyLines() {
    }

    static List<Line> wrap(List<String> paragraphs, int charsPerLine) {
        List<Line> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            int[] chars = paragraph.codePoints().toArray();
            int start = 0;
            while (start < chars.length) {
                boolean first = start == 0;
                int end = Math.min(chars.length, start + (first ? charsPerLine - 2 : charsPerLine));
                while (end < chars.length && NO_LINE_START.indexOf(chars[end]) >= 0) {
                    end++;
                }
                lines.add(new Line(new String(chars, start, end - start), first));
                start = end;
            }
        }
        return lines;
    }
}
