package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an older build, whose documents lack fields this one searches (dates as a first
 * and last day), is rebuilt by the next refresh rather than trusted because its files did not change.
 */
class IndexFromAnOlderBuildTest {

    private static final String FRONT = "000_8d4900da70319227.txt";
    private static final String CHUANHUI = "001_1e8b83b8a78d0517.txt";

    @TempDir
    Path pagesDir;
    @TempDir
    Path indexDir;

    @Test
    void aRefreshRebuildsAnIndexAnOlderBuildWroteEvenWhenNoPageChanged() throws IOException {
        for (String page : List.of(FRONT, CHUANHUI, "manifest.csv")) {
            Files.copy(Path.of("index/pages").resolve(page), pagesDir.resolve(page));
        }
        try (SearchService search = SearchFixtures.withoutIndex(indexDir)) {
            maintenance(search).refresh();
        }
        forgetWhichBuildWroteTheIndex();

        try (SearchService search = SearchFixtures.withoutIndex(indexDir)) {
            assertThat(search.indexedFiles()).as("an older build's index is not taken as up to date").isEmpty();
            RefreshReport report = maintenance(search).refresh();

            assertThat(report.added()).containsExactlyInAnyOrder(FRONT, CHUANHUI);
            assertThat(search.indexedFiles()).containsOnlyKeys(FRONT, CHUANHUI);
            assertThat(search.coverage().firstDate().printed()).isEqualTo("2023年7月（推断）");
        }
    }

    private IndexMaintenance maintenance(SearchService search) {
        return new IndexMaintenance(SamplePages.ingestServiceFor(pagesDir), SamplePages.propertiesFor(pagesDir), search, event -> { });
    }

    /** The commit as a build before schema 2 left it: the same page files, no schema entry. */
    private void forgetWhichBuildWroteTheIndex() throws IOException {
        try (FSDirectory directory = FSDirectory.open(indexDir)) {
            Map<String, String> data;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                data = new HashMap<>(reader.getIndexCommit().getUserData());
            }
            data.remove("schema");
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
    }
}
