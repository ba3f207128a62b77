package newsdesk.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the glyphs of one page as PDFBox decodes them, before its own line building: that
 * building (with or without sort-by-position) merges neighbouring columns line by line
 * (MEASUREMENTS.md), so the layout is rebuilt from the positions in {@link ReadingOrder}.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();
    private int unmapped;

    /**
     * The visible glyphs of a page, and how many glyphs had no character at all: PDFBox drops a
     * glyph of a composite font that neither a ToUnicode map nor the embedded font tells the
     * character of, and a page of only such glyphs must not be mistaken for a page without text.
     */
    record PageGlyphs(List<Glyph> glyphs, int unmapped) {
    }

    /** The glyphs of page {@code pageNumber} (1-based); white space is left out, gaps say it. */
    static PageGlyphs glyphsOf(PDDocument document, int pageNumber) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        return new PageGlyphs(List.copyOf(collector.glyphs), collector.unmapped);
    }

    private GlyphCollector() {
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (font.toUnicode(code) == null) {
            unmapped++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        glyphs.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
                text.getFontSizeInPt()));
    }
}
