package newsdesk.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins glyphs into {@link TextLine}s: glyphs on one baseline, split where the gap between two
 * glyphs is as wide as a character, because such a gap is the gutter between two columns and not a
 * space inside a line.
 */
final class LineBuilder {

    /** Baselines closer than this share a line (in font sizes): subscripts and rounding, not a new line. */
    private static final float SAME_BASELINE = 0.3f;
    /** A gap of a full character splits a line: a column gutter; a space is a third to a half of one. */
    private static final float COLUMN_GAP = 1.0f;
    /** A gap of a fifth of a character or more was a space in the text. */
    private static final float SPACE_GAP = 0.2f;
    /**
     * The same character printed again this close to itself is fake bold (the sample pages' 民民兵兵
     * for 民兵 came from it): the page shows one character, so the text keeps one.
     */
    private static final float OVERPRINT = 0.2f;

    List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!row.isEmpty() && Math.abs(glyph.baseline() - row.getFirst().baseline())
                    > SAME_BASELINE * Math.max(glyph.size(), row.getFirst().size())) {
                splitRow(row, lines);
                row.clear();
            }
            row.add(glyph);
        }
        splitRow(row, lines);
        return lines;
    }

    private static void splitRow(List<Glyph> row, List<TextLine> lines) {
        row.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        Glyph first = null;
        Glyph previous = null;
        float maxSize = 0;
        for (Glyph glyph : row) {
            if (previous != null && glyph.text().equals(previous.text())
                    && Math.abs(glyph.x() - previous.x()) < OVERPRINT * glyph.size()) {
                continue;
            }
            if (previous != null) {
                float gap = glyph.x() - previous.right();
                float size = Math.max(glyph.size(), previous.size());
                if (gap >= COLUMN_GAP * size) {
                    lines.add(new TextLine(text.toString(), first.x(), previous.right(), first.baseline(), maxSize));
                    text.setLength(0);
                    first = null;
                    maxSize = 0;
                } else if (gap >= SPACE_GAP * size) {
                    text.append(' ');
                }
            }
            if (first == null) {
                first = glyph;
            }
            text.append(glyph.text());
            maxSize = Math.max(maxSize, glyph.size());
            previous = glyph;
        }
        if (first != null) {
            lines.add(new TextLine(text.toString(), first.x(), previous.right(), first.baseline(), maxSize));
        }
    }
}
