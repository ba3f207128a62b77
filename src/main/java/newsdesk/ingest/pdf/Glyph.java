package newsdesk.ingest.pdf;

/**
 * One printed character of a page, in PDF user space with y growing downwards.
 *
 * @param baseline y of the baseline
 * @param size     font size in points, which is what tells a headline from body text
 */
record Glyph(String text, float x, float baseline, float width, float size) {

    float right() {
        return x + width;
    }
}
