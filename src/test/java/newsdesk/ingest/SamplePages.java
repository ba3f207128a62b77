package newsdesk.ingest;

import java.util.List;

/** The bundled sample pages as articles, for tests of the features downstream of ingest. */
public final class SamplePages {

    private static final List<Article> ARTICLES = IngestFixtures.ingestServiceWithManifest(
            IngestFixtures.SAMPLE_PAGES.resolve("manifest.csv")).ingest(List.of(IngestFixtures.SAMPLE_PAGES)).articles();

    private SamplePages() {
    }

    public static List<Article> articles() {
        return ARTICLES;
    }

    /** An ingest service reading the pages folder {@code pagesDir} (manifest: {@code pagesDir/manifest.csv}). */
    public static IngestService ingestServiceFor(java.nio.file.Path pagesDir) {
        return new IngestService(propertiesFor(pagesDir));
    }

    /** The configuration such a service was built with. */
    public static IngestProperties propertiesFor(java.nio.file.Path pagesDir) {
        return new IngestProperties(pagesDir, pagesDir.resolve("manifest.csv"), 10L * 1024 * 1024, 20_000, 64, 200);
    }
}
