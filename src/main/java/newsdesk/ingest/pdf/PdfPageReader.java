package newsdesk.ingest.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a page PDF's text layer as page text: lines in reading order, with blank lines and indents
 * where blocks begin (see {@link PageLines}). The pages of a multi-page PDF follow each other in
 * order. A PDF without any text is refused as needing OCR rather than read as an empty page.
 */
public final class PdfPageReader {

    /** The PDF specification lets the header start anywhere in the first 1024 bytes. */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final LineBuilder lineBuilder = new LineBuilder();
    private final PageLayout layout = new PageLayout();

    /** The text of the PDF {@code bytes}, one page line per line; {@code maxPages} bounds the work on one file. */
    public String read(byte[] bytes, int maxPages) throws PdfRejectedException {
        List<GlyphCollector.PageGlyphs> pages = glyphsOf(bytes, maxPages);
        if (pages.stream().allMatch(page -> page.glyphs().isEmpty())) {
            int unmapped = pages.stream().mapToInt(GlyphCollector.PageGlyphs::unmapped).sum();
            throw unmapped > 0 ? PdfRejectedException.unmappedGlyphs(unmapped) : PdfRejectedException.noTextLayer();
        }
        List<String> lines = new ArrayList<>();
        for (GlyphCollector.PageGlyphs page : pages) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(layout.write(lineBuilder.lines(page.glyphs())));
        }
        return String.join("\n", lines);
    }

    private static List<GlyphCollector.PageGlyphs> glyphsOf(byte[] bytes, int maxPages) throws PdfRejectedException {
        if (!hasHeader(bytes)) {
            throw PdfRejectedException.notReadable("no %PDF- header, so not a PDF file");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw PdfRejectedException.notReadable("it has no pages");
            }
            if (pages > maxPages) {
                throw PdfRejectedException.tooManyPages(pages, maxPages);
            }
            return GlyphCollector.glyphsOf(document);
        } catch (InvalidPasswordException e) {
            throw PdfRejectedException.notReadable("encrypted, it needs a password");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file as either; both mean this one file cannot be used.
            throw PdfRejectedException.notReadable(e);
        }
    }

    /** Whether the bytes are a PDF file (its header), whatever the file is called. */
    public static boolean hasHeader(byte[] bytes) {
        int window = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
        for (int start = 0; start <= window; start++) {
            if (Arrays.equals(bytes, start, start + HEADER.length, HEADER, 0, HEADER.length)) {
                return true;
            }
        }
        return false;
    }
}
