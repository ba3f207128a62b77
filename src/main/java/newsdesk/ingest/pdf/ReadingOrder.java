package newsdesk.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the lines of a page as a reader reads it, by cutting the page recursively (an XY cut):
 * where a vertical gutter runs through a region from top to bottom, its columns are read left to
 * right; where none does (a headline runs across the columns), the region is cut across at a gap
 * between lines, and the part above is read first. A region whose lines all lie one under another
 * is read top to bottom.
 *
 * <p>Across cuts are chosen so that neither part is left with lines side by side that no gutter
 * separates: cutting between two rows of a pair of columns would read the first rows of both
 * columns before the rest, line by line, which is the interleaving this class exists to avoid.
 */
final class ReadingOrder {

    /** A gutter is at least this many font sizes wide; LineBuilder already split lines at one. */
    private static final float GUTTER = 0.8f;

    /** Type this much larger than the body is a headline (as {@link PageLines} tells it). */
    static final float HEADLINE_SIZE = 1.25f;

    /** Lines of text leave at most about one size between them; three sizes of white across a region part bands. */
    private static final float BAND_GAP = 3;

    /** A line and the column it was read in: lines of one column share a number and a left edge. */
    record PlacedLine(TextLine line, int column, float columnLeft) {
    }

    List<PlacedLine> order(List<TextLine> lines) {
        List<PlacedLine> ordered = new ArrayList<>();
        read(lines, medianSize(lines), 0, left(lines), ordered);
        return ordered;
    }

    /** {@code body} is the page's body size: what is a headline does not change with the part of the page read. */
    private void read(List<TextLine> region, float body, int column, float columnLeft, List<PlacedLine> out) {
        if (region.isEmpty()) {
            return;
        }
        List<TextLine> byTop = new ArrayList<>(region);
        byTop.sort(Comparator.comparingDouble(TextLine::top));
        int band = bandCut(byTop, body);
        if (band > 0) {
            read(byTop.subList(0, band), body, column, columnLeft, out);
            read(byTop.subList(band, byTop.size()), body, nextColumn(out, column), columnLeft, out);
            return;
        }
        List<List<TextLine>> columns = columns(region);
        if (columns.size() > 1 && !HeadlineReach.headsOtherColumns(columns, body)) {
            for (List<TextLine> part : columns) {
                read(part, body, nextColumn(out, column), left(part), out);
            }
            return;
        }
        if (!hasLinesSideBySide(region)) {
            region.stream().sorted(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left))
                    .forEach(line -> out.add(new PlacedLine(line, column, columnLeft)));
            return;
        }
        int cut = bestAcrossCut(byTop, body);
        if (cut < 0) {
            // Lines overlap every way (a text box laid over another): keep the simple order.
            byTop.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left));
            byTop.forEach(line -> out.add(new PlacedLine(line, column, columnLeft)));
            return;
        }
        read(byTop.subList(0, cut), body, column, columnLeft, out);
        read(byTop.subList(cut, byTop.size()), body, nextColumn(out, column), columnLeft, out);
    }

    /** A fresh column number after every one used so far, so that each region keeps its own. */
    private static int nextColumn(List<PlacedLine> out, int column) {
        return Math.max(column, out.isEmpty() ? 0 : out.getLast().column()) + 1;
    }

    /** The region split at every gutter, left to right; one part when there is none. */
    private static List<List<TextLine>> columns(List<TextLine> region) {
        List<TextLine> byLeft = new ArrayList<>(region);
        byLeft.sort(Comparator.comparingDouble(TextLine::left));
        float gutter = GUTTER * medianSize(region);
        List<List<TextLine>> columns = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        float right = Float.NEGATIVE_INFINITY;
        for (TextLine line : byLeft) {
            if (!current.isEmpty() && line.left() - right >= gutter) {
                columns.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
            right = Math.max(right, line.right());
        }
        columns.add(current);
        return columns;
    }



    /**
     * The index in {@code byTop} to cut before at the widest gap across the whole region that is
     * wider than text ever leaves between lines, where both parts read right; or -1. Such a gap
     * ends a band of columns even where the gutters below line up with those above (an article
     * with no headline over it, or its headline under it), which a cut at the gutters would read
     * column by column through both bands.
     */
    private static int bandCut(List<TextLine> byTop, float body) {
        float least = BAND_GAP * body;
        int best = -1;
        float bestGap = least;
        float bottom = Float.NEGATIVE_INFINITY;
        for (int i = 1; i < byTop.size(); i++) {
            bottom = Math.max(bottom, byTop.get(i - 1).baseline());
            float gap = byTop.get(i).top() - bottom;
            if (gap >= bestGap && tangled(byTop.subList(0, i), body) + tangled(byTop.subList(i, byTop.size()), body) == 0) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * The index in {@code byTop} to cut before, or -1: the cut leaving the fewest parts with
     * unseparated lines side by side, then the widest gap, then the topmost.
     */
    private static int bestAcrossCut(List<TextLine> byTop, float body) {
        int best = -1;
        int bestBad = Integer.MAX_VALUE;
        float bestGap = 0;
        float bottom = Float.NEGATIVE_INFINITY;
        for (int i = 1; i < byTop.size(); i++) {
            bottom = Math.max(bottom, byTop.get(i - 1).baseline());
            float gap = byTop.get(i).top() - bottom;
            if (gap <= 0) {
                continue;
            }
            int bad = tangled(byTop.subList(0, i), body) + tangled(byTop.subList(i, byTop.size()), body);
            if (bad < bestBad || (bad == bestBad && gap > bestGap)) {
                best = i;
                bestBad = bad;
                bestGap = gap;
            }
        }
        return best;
    }

    /**
     * How wrong a part would be read: 1 for lines side by side that no gutter separates (more cuts
     * are needed), 2 for a headline left at the foot of a part with at most its subtitle or byline
     * under it, cut off from the text it heads.
     */
    private static int tangled(List<TextLine> part, float body) {
        if (HeadlineReach.endsUnderAHeadline(part, body)) {
            // Worse than lines left to part further: the headline would be read apart from its text.
            return 2;
        }
        if (!hasLinesSideBySide(part)) {
            return 0;
        }
        List<List<TextLine>> columns = columns(part);
        return columns.size() == 1 || HeadlineReach.headsOtherColumns(columns, body) ? 1 : 0;
    }


    /** Two lines share a height on the page without overlapping in width: two columns, or a table row. */
    private static boolean hasLinesSideBySide(List<TextLine> region) {
        List<TextLine> byTop = new ArrayList<>(region);
        byTop.sort(Comparator.comparingDouble(TextLine::top));
        for (int i = 0; i < byTop.size(); i++) {
            TextLine line = byTop.get(i);
            for (int j = i + 1; j < byTop.size() && byTop.get(j).top() < line.baseline(); j++) {
                if (!line.overlapsHorizontally(byTop.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static float left(List<TextLine> lines) {
        return (float) lines.stream().mapToDouble(TextLine::left).min().orElse(0);
    }

    static float medianSize(List<TextLine> lines) {
        float[] sizes = new float[lines.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = lines.get(i).size();
        }
        Arrays.sort(sizes);
        return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }
}
