package newsdesk.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.pdf.ReadingOrder.PlacedLine;

/**
 * Joins text set vertically (a column title, a vertical kicker): PDFBox gives it as one character
 * per line, and a stack of one-character lines is not something horizontal text ever prints.
 */
final class VerticalText {

    /** Two one-character lines in a row can be the short tails of two paragraphs; three cannot. */
    private static final int MIN_RUN = 3;

    List<PlacedLine> join(List<PlacedLine> lines) {
        List<PlacedLine> joined = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = i + 1;
            while (end < lines.size() && continuesRun(lines.get(end - 1), lines.get(end))) {
                end++;
            }
            if (isOneCharacter(lines.get(i)) && end - i >= MIN_RUN) {
                joined.add(merge(lines.subList(i, end)));
                i = end;
            } else {
                joined.add(lines.get(i));
                i++;
            }
        }
        return joined;
    }

    private static boolean continuesRun(PlacedLine above, PlacedLine below) {
        return isOneCharacter(above) && isOneCharacter(below) && above.column() == below.column()
                && above.line().overlapsHorizontally(below.line());
    }

    private static boolean isOneCharacter(PlacedLine line) {
        String text = line.line().text();
        return text.codePointCount(0, text.length()) == 1;
    }

    private static PlacedLine merge(List<PlacedLine> run) {
        StringBuilder text = new StringBuilder();
        float left = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        for (PlacedLine placed : run) {
            text.append(placed.line().text());
            left = Math.min(left, placed.line().left());
            right = Math.max(right, placed.line().right());
        }
        TextLine last = run.getLast().line();
        PlacedLine first = run.getFirst();
        return new PlacedLine(new TextLine(text.toString(), left, right, last.baseline(), first.line().size()),
                first.column(), first.columnLeft());
    }
}
