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
}
