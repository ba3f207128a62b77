package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays articles out on A4 pages the way a newspaper does: each article in a band across the page,
 * its headline in large type centred across the columns (kicker or subtitle flush left under it,
 * as the text pages print them) and its body in body type flowing down one column into the next,
 * the columns balanced. When a page is full the body runs on at the top of the next page of the
 * same PDF. One article may have its
 * headline printed under its body, as page 000 prints two of its articles.
 */
final class NewspaperPage {

    private static final float MARGIN = 40;
    private static final float GUTTER = 18;
    private static final float WIDTH = 595 - 2 * MARGIN;
    private static final float BOTTOM = TestPdf.PAGE_HEIGHT - MARGIN;

    /** A kicker or subtitle is set a little larger than body type, flush left under the headline. */
    private static final float SUBTITLE = 1.2f;

    /** A paper does not spread a few lines over many columns: each column of a band gets this many at least. */
    private static final int MIN_ROWS = 4;

    private final TestPdf pdf;
    private final int columns;
    private final float body;
    private final float headline;
    private float y = MARGIN;

    /** {@code columns} columns of {@code body}-point text under {@code headline}-point headlines. */
    NewspaperPage(TestPdf pdf, int columns, float body, float headline) {
        this.pdf = pdf;
        this.columns = columns;
        this.body = body;
        this.headline = headline;
    }

    /** Sets one article in the next band; {@code headlineUnder} prints its headline after its body. */
    void article(PrintCopy copy, boolean headlineUnder) {
        if (!headlineUnder) {
            headline(copy);
        }
        List<BodyLines.Line> lines = new ArrayList<>();
        if (!copy.byline().isEmpty()) {
            // A byline is one line, flush left, however narrow the column.
            lines.add(new BodyLines.Line(copy.byline(), false));
        }
        lines.addAll(BodyLines.wrap(copy.paragraphs(), charsPerLine()));
        bodyColumns(lines);
        if (headlineUnder) {
            headline(copy);
        }
        y += body * 2;
    }

    private void headline(PrintCopy copy) {
        // A headline is never left at the foot of a page without the start of its text under it.
        if (y + headlineHeight(copy) + 3 * body * 1.5f > BOTTOM) {
            newPage();
        }
        for (String phrase : copy.headline()) {
            // Large type, but never wider than the page: a headline phrase is not broken.
            singleLine(phrase, headlineSize(phrase));
        }
        if (!copy.subtitle().isEmpty()) {
            y += body * SUBTITLE * 1.5f;
            pdf.line(copy.subtitle(), MARGIN, y, body * SUBTITLE);
        }
        y += body * 0.8f;
    }

    private float headlineSize(String phrase) {
        return Math.min(headline, WIDTH / phrase.codePointCount(0, phrase.length()));
    }

    private float headlineHeight(PrintCopy copy) {
        float height = body * 0.8f + (copy.subtitle().isEmpty() ? 0 : body * SUBTITLE * 1.5f);
        for (String phrase : copy.headline()) {
            height += headlineSize(phrase) * 1.3f;
        }
        return height;
    }

    /** A line centred over the columns, as a headline across them is set. */
    private void singleLine(String text, float size) {
        y += size * 1.3f;
        float width = text.codePointCount(0, text.length()) * size;
        pdf.line(text, MARGIN + (WIDTH - width) / 2, y, size);
    }

    /** The lines down the columns, the columns of a band as equal as they can be. */
    private void bodyColumns(List<BodyLines.Line> lines) {
        float leading = body * 1.5f;
        int start = 0;
        while (start < lines.size()) {
            int rowsLeft = (int) ((BOTTOM - y) / leading);
            if (rowsLeft < 2) {
                newPage();
                continue;
            }
            int remaining = lines.size() - start;
            int used = Math.max(1, Math.min(columns, remaining / MIN_ROWS));
            int rows = Math.min(rowsLeft, (remaining + used - 1) / used);
            float top = y + body;
            for (int column = 0; column < columns && start < lines.size(); column++) {
                float x = MARGIN + column * (columnWidth() + GUTTER);
                for (int row = 0; row < rows && start < lines.size(); row++, start++) {
                    BodyLines.Line line = lines.get(start);
                    pdf.line(line.text(), line.indented() ? x + 2 * body : x, top + row * leading, body);
                }
            }
            y = top + rows * leading;
        }
    }

    private void newPage() {
        pdf.nextPage();
        y = MARGIN;
    }

    private float columnWidth() {
        return (WIDTH - (columns - 1) * GUTTER) / columns;
    }

    private int charsPerLine() {
        return (int) (columnWidth() / body);
    }
}
