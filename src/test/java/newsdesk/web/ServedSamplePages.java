package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import newsdesk.admin.IndexMaintenance;
import newsdesk.search.SearchService;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole service over a copy of the bundled sample pages and a fresh index, as the browser and HTTP
 * tests run it: a copy, so that a test can add pages without touching {@code index/pages}.
 */
public final class ServedSamplePages {

    private static final Duration FIRST_INDEX = Duration.ofSeconds(120);

    private ServedSamplePages() {
    }

    /** Points the service at a copy of the sample pages (with their manifest) and an index, both under {@code work}. */
    public static void register(DynamicPropertyRegistry registry, Path work) {
        Path pages = copyOfSamplePages(work.resolve("pages"));
        registry.add("newsdesk.ingest.pages-dir", pages::toString);
        registry.add("newsdesk.ingest.manifest", () -> pages.resolve("manifest.csv").toString());
        registry.add("newsdesk.search.index-dir", () -> work.resolve("index").toString());
    }

    /** The service serves at once and builds its index in the background; the tests ask about the built one. */
    public static void awaitFirstIndex(SearchService search, IndexMaintenance maintenance) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_INDEX.toNanos();
        while (search.coverage().articles() == 0 || maintenance.activity().refreshing()) {
            assertThat(System.nanoTime()).as("index built within 120 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static Path copyOfSamplePages(Path pages) {
        try {
            Files.createDirectories(pages);
            // The bundled manifest: each sample page has the month its text establishes, marked inferred.
            try (Stream<Path> files = Files.list(Path.of("index", "pages"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, pages.resolve(file.getFileName()));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
