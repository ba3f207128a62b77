package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start or refresh reads only the page files whose size or modification time moved: a touched file is
 * hashed again but not re-indexed when its content is the same, and an edit that keeps the size is
 * still found by its new time.
 */
class FreshnessByFileStampTest {

    private static final Path SAMPLES = Path.of("index/pages");
    private static final String FRONT = "000_8d4900da70319227.txt";
    private static final String CHUANHUI = "001_1e8b83b8a78d0517.txt";

    @TempDir
    Path pagesDir;
    @TempDir
    Path indexDir;

    private SearchService search;
    private IndexMaintenance maintenance;

    @BeforeEach
    void indexTwoPages() throws IOException {
        for (String page : List.of(FRONT, CHUANHUI)) {
            Files.copy(SAMPLES.resolve(page), pagesDir.resolve(page));
        }
        search = SearchFixtures.withoutIndex(indexDir);
        maintenance = new IndexMaintenance(SamplePages.ingestServiceFor(pagesDir), SamplePages.propertiesFor(pagesDir),
                search, event -> { });
        assertThat(maintenance.refresh().hashed()).isEqualTo(2);
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void untouchedFilesAreNotReadAgain() {
        RefreshReport again = maintenance.refresh();

        assertThat(again.hashed()).isZero();
        assertThat(again.unchanged()).containsExactlyInAnyOrder(FRONT, CHUANHUI);
        assertThat(maintenance.ensureFresh()).isEmpty();
    }

    @Test
    void aTouchedButUnchangedFileIsHashedOnceAndNotReindexed() throws IOException {
        touch(FRONT, Instant.parse("2030-01-01T00:00:00Z"));

        RefreshReport touched = maintenance.refresh();

        assertThat(touched.hashed()).isEqualTo(1);
        assertThat(touched.unchanged()).containsExactlyInAnyOrder(FRONT, CHUANHUI);
        assertThat(touched.articlesWritten()).isZero();
        assertThat(maintenance.refresh().hashed()).as("its new time was recorded").isZero();
    }

    @Test
    void anEditOfTheSameSizeIsFoundByItsNewTimeAndReindexed() throws IOException {
        Path page = pagesDir.resolve(CHUANHUI);
        long size = Files.size(page);
        Files.writeString(page, Files.readString(page).replace("每天接待 300 余人", "每天接待 500 余人"));
        touch(CHUANHUI, Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(Files.size(page)).isEqualTo(size);

        RefreshReport edited = maintenance.refresh();

        assertThat(edited.replaced()).containsExactly(CHUANHUI);
        assertThat(edited.unchanged()).containsExactly(FRONT);
        assertThat(search.search("川汇区图书馆每天接待多少人？", 1).getFirst().passage().text()).contains("每天接待500余人");
    }

    private void touch(String file, Instant when) throws IOException {
        Files.setLastModifiedTime(pagesDir.resolve(file), FileTime.from(when));
    }
}
