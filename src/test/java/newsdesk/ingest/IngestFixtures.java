package newsdesk.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Named fixtures: the bundled sample pages and an ingest service with test-sized limits. */
final class IngestFixtures {

    static final Path SAMPLE_PAGES = Path.of("index/pages");
    static final String FRONT_PAGE = "000_8d4900da70319227.txt";
    static final String OCR_PAGE = "003_9250a1ad65b93bfc.txt";
    static final int MAX_PDF_PAGES = 64;

    private IngestFixtures() {
    }

    static IngestService ingestService() {
        return new IngestService(properties(Path.of("does-not-exist/manifest.csv")));
    }

    static IngestService ingestServiceWithManifest(Path manifest) {
        return new IngestService(properties(manifest));
    }

    static IngestProperties properties(Path manifest) {
        return new IngestProperties(SAMPLE_PAGES, manifest, 10L * 1024 * 1024, 20_000, IngestFixtures.MAX_PDF_PAGES, 200);
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
