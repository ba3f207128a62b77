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
 * Collects the glyphs of every page as PDFBox decodes them, before its own line building: that
 * building (with or without sort-by-position) merges neighbouring columns line by line
 * (MEASUREMENTS.md), so the layout is rebuilt from the positions in {@link ReadingOrder}. All pages
 * are collected in one pass; a pass per page would walk the page tree once for every page.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<List<Glyph>> glyphs = new ArrayList<>();
    private final int[] unmapped;

    /**
     * The visible glyphs of a page, and how many glyphs had no character at all: PDFBox drops a
     * glyph of a composite font that neither a ToUnicode map nor the embedded font tells the
     * character of, and a page of only such glyphs must not be mistaken for a page without text.
     */
    record PageGlyphs(List<Glyph> glyphs, int unmapped) {
    }

    /** The glyphs of each page, in page order; white space is left out, the gaps say where it was. */
    static List<PageGlyphs> glyphsOf(PDDocument document) throws IOException {
        GlyphCollector collector = new GlyphCollector(document.getNumberOfPages());
        collector.getText(document);
        List<PageGlyphs> pages = new ArrayList<>();
        for (int i = 0; i < collector.glyphs.size(); i++) {
            pages.add(new PageGlyphs(List.copyOf(collector.glyphs.get(i)), collector.unmapped[i]));
        }
        return pages;
    }

    private GlyphCollector(int pages) {
        for (int i = 0; i < pages; i++) {
            glyphs.add(new ArrayList<>());
        }
        unmapped = new int[pages];
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (font.toUnicode(code) == null) {
            unmapped[getCurrentPageNo() - 1]++;
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            return;
        }
        glyphs.get(getCurrentPageNo() - 1).add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(),
                text.getWidthDirAdj(), text.getFontSizeInPt()));
    }
}
