package newsdesk.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page as PDFBox decodes them, before its own line building: that
 * building (with or without sort-by-position) merges neighbouring columns line by line
 * (MEASUREMENTS.md), so the layout is rebuilt from the positions in {@link ReadingOrder}.
 */
final class GlyphCollector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();

    /** The visible glyphs of page {@code pageNumber} (1-based); white space is left out, gaps say it. */
    static List<Glyph> glyphsOf(PDDocument document, int pageNumber) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        return List.copyOf(collector.glyphs);
    }

    private GlyphCollector() {
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
