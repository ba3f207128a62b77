package newsdesk.ingest.pdf;

/**
 * A run of glyphs on one baseline with no column gap inside it: a line of one column, or a
 * headline. {@code top} is taken as one font size above the baseline, which is where a CJK glyph's
 * box ends in every font tried. Public so that OCR, which finds its lines as boxes on an image, lays
 * its page out with the same {@link PageLayout}; any unit works as long as a page uses one.
 */
public record TextLine(String text, float left, float right, float baseline, float size) {

    float top() {
        return baseline - size;
    }

    boolean overlapsHorizontally(TextLine other) {
        return left < other.right && other.left < right;
    }
}
