package newsdesk.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;

/** Page files a test writes itself, so that its dates, places and figures are known exactly, and their index. */
final class WrittenPages {

    private WrittenPages() {
    }

    /** A page file with one article: a blank line, the headline, a blank line, the body. */
    static void page(Path pagesDir, String name, String headline, String body) throws IOException {
        Files.writeString(pagesDir.resolve(name), "\n" + headline + "\n\n" + body, StandardCharsets.UTF_8);
    }

    /** The folder's pages ingested as the application does (manifest included) and indexed with vectors. */
    static SearchService indexed(Path pagesDir, Path indexDir) {
        return SearchFixtures.indexOf(SamplePages.ingestServiceFor(pagesDir).ingest(List.of(pagesDir)).articles(),
                indexDir);
    }
}
