package newsdesk.ingest.pdf;

/**
 * A run of glyphs on one baseline with no column gap inside it: a line of one column, or a
 * headline. {@code top} is taken as one font size above the baseline, which is where a CJK glyph's
 * box ends in every font tried.
 */
record TextLine(String text, float left, float right, float baseline, float size) {

    float top() {
        return baseline - size;
    }

    boolean overlapsHorizontally(TextLine other) {
        return left < other.right && other.left < right;
    }
}
