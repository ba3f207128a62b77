package newsdesk.ingest.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.ingest.pdf.PageLayout;
import newsdesk.ingest.pdf.TextLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads scanned pages: a page image file, or a PDF whose pages have no text layer. Each image is
 * checked first (not a page: refused with the reason), then its text boxes come from the cache or
 * from OCR, and are laid out as page text by {@link PageLayout}, as a PDF's glyphs are.
 */
public final class ScanReader {

    private static final Logger log = LoggerFactory.getLogger(ScanReader.class);

    private final OcrEngine engine;
    private final OcrCache cache;
    private final ImageCheck check;
    private final int dpi;
    private final long maxPixels;
    private final PageLayout layout = new PageLayout();
    private final LineBoxes lineBoxes = new LineBoxes();

    /**
     * The text of a scan, and how many images OCR read and how many came from the cache, which is
     * what a refresh shows as its OCR progress.
     */
    public record ScanText(String text, int recognised, int fromCache) {
    }

    /**
     * @param cacheFolder where recognised text boxes are kept between refreshes
     * @param maxPixels   the most pixels an image (or a rendered PDF page) may have
     * @param dpi         the resolution a PDF page is rendered at for OCR
     */
    public ScanReader(OcrEngine engine, Path cacheFolder, long maxPixels, int dpi) {
        this.engine = engine;
        this.cache = new OcrCache(cacheFolder);
        this.check = new ImageCheck(maxPixels);
        this.dpi = dpi;
        this.maxPixels = maxPixels;
    }

    /** The text of the page image {@code file}, whose content is {@code bytes}. */
    public ScanText readImage(Path file, byte[] bytes) throws ScanRejectedException {
        String key = OcrCache.key(engine.model(), bytes);
        Optional<List<OcrBox>> cached = cache.get(key);
        if (cached.isEmpty()) {
            check.check(file);
        }
        List<OcrBox> boxes = cached.isPresent() ? cached.get() : recognise(key, file);
        return new ScanText(text(List.of(boxes)), cached.isPresent() ? 0 : 1, cached.isPresent() ? 1 : 0);
    }

    /** The text of a PDF without a text layer, its pages rendered and read in order. */
    public ScanText readPdf(byte[] pdf) throws ScanRejectedException {
        List<List<OcrBox>> pages = new ArrayList<>();
        int recognised = 0;
        try (PdfScan scan = new PdfScan(pdf, dpi, maxPixels)) {
            for (int i = 0; i < scan.pages(); i++) {
                String key = OcrCache.key(engine.model(), pdf, ("page " + i + " at " + dpi + " DPI").getBytes(StandardCharsets.UTF_8));
                Optional<List<OcrBox>> cached = cache.get(key);
                if (cached.isPresent()) {
                    pages.add(cached.get());
                    continue;
                }
                Path image = scan.render(i);
                try {
                    pages.add(recognise(key, image));
                    recognised++;
                } finally {
                    Files.deleteIfExists(image);
                }
            }
        } catch (IOException e) {
            throw ScanRejectedException.failed("PDF page not rendered for OCR", e);
        }
        return new ScanText(text(pages), recognised, pages.size() - recognised);
    }

    private List<OcrBox> recognise(String key, Path image) throws ScanRejectedException {
        List<OcrBox> boxes;
        try {
            boxes = engine.recognise(image);
        } catch (IOException e) {
            throw ScanRejectedException.failed("OCR failed", e);
        }
        if (boxes.isEmpty()) {
            throw ScanRejectedException.notAPage("OCR found no text on it");
        }
        try {
            cache.put(key, boxes);
        } catch (IOException e) {
            // The text is good; without the cache the next refresh only reads this scan again.
            log.warn("OCR cache entry {} not written: {}", key, e.toString());
        }
        return boxes;
    }

    /** The pages' lines in reading order, a blank line between pages, as the PDF reader writes them. */
    private String text(List<List<OcrBox>> pages) {
        List<String> lines = new ArrayList<>();
        for (List<OcrBox> page : pages) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(layout.write(lineBoxes.normalised(page).stream()
                    .map(box -> new TextLine(box.text(), box.left(), box.right(), box.bottom(),
                            Math.max(1, box.bottom() - box.top())))
                    .toList()));
        }
        return String.join("\n", lines);
    }
}
