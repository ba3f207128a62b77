package newsdesk.ingest.pdf;

import java.util.List;

/**
 * The lines of one page, wherever they were found (a PDF's glyphs, an OCR engine's text boxes),
 * written as page text in the order a reader reads them: {@link ReadingOrder} for the order,
 * {@link VerticalText} for vertical runs, {@link PageLines} for the blank lines and indents the
 * segmenter reads blocks by. One layout for both, so a fix in the reading order helps scans too.
 */
public final class PageLayout {

    private final ReadingOrder readingOrder = new ReadingOrder();
    private final VerticalText verticalText = new VerticalText();
    private final PageLines pageLines = new PageLines();

    /** The page's lines as page-text lines, in reading order. */
    public List<String> write(List<TextLine> lines) {
        return pageLines.write(verticalText.join(readingOrder.order(lines)));
    }
}
