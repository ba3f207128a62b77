package newsdesk.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.ingest.ocr.OcrEngine;
import newsdesk.ingest.ocr.RapidOcr;

/** Named fixtures: the bundled sample pages and an ingest service with test-sized limits. */
final class IngestFixtures {

    static final Path SAMPLE_PAGES = Path.of("index/pages");
    static final String FRONT_PAGE = "000_8d4900da70319227.txt";
    static final String OCR_PAGE = "003_9250a1ad65b93bfc.txt";
    static final int MAX_PDF_PAGES = 64;
    /** The real engine: it loads its native library only when a test reads a scan. */
    static final OcrEngine OCR = new RapidOcr(2, 2400);
    private static final Path OCR_CACHE = Path.of(System.getProperty("java.io.tmpdir"),
            "newsdesk-test-ocr-cache-" + ProcessHandle.current().pid());

    private IngestFixtures() {
    }

    static IngestService ingestService() {
        return new IngestService(properties(Path.of("does-not-exist/manifest.csv")), OCR);
    }

    static IngestService ingestServiceWithManifest(Path manifest) {
        return new IngestService(properties(manifest), OCR);
    }

    static IngestProperties properties(Path manifest) {
        return properties(SAMPLE_PAGES, manifest);
    }

    /**
     * Test-sized limits; the OCR cache is a folder of this JVM's own (made only when a scan is read),
     * so no test finds another run's scans already read.
     */
    static IngestProperties properties(Path pagesDir, Path manifest) {
        return new IngestProperties(pagesDir, manifest, 10L * 1024 * 1024, 20_000, IngestFixtures.MAX_PDF_PAGES,
                OCR_CACHE, 40_000_000, 200, 2, 2400, 200);
    }

    static Path samplePage(String name) {
        return SAMPLE_PAGES.resolve(name);
    }

    static String samplePageText(String name) {
        try {
            return Files.readString(samplePage(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Article> articlesOf(String pageName) {
        return ingestService().ingest(List.of(samplePage(pageName))).articles();
    }
}
