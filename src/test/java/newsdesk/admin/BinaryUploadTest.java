package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.task.SyncTaskExecutor;

/** What an admin sees after sending something that is not a page: the real upload, ingest, index and job. */
class BinaryUploadTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path pagesDir;
    @TempDir
    Path indexDir;

    private SearchService search;
    private PageUploads uploads;
    private RefreshJobs jobs;

    @BeforeEach
    void emptyPagesFolderAndIndex() {
        search = SearchFixtures.withoutIndex(indexDir);
        IndexMaintenance maintenance = new IndexMaintenance(SamplePages.ingestServiceFor(pagesDir),
                SamplePages.propertiesFor(pagesDir), search);
        uploads = new PageUploads(SamplePages.propertiesFor(pagesDir), (file, content) -> Files.write(file, content));
        jobs = new RefreshJobs(maintenance, mock(BackgroundVectors.class), new SyncTaskExecutor());
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void aPngSentAsAPageEndsInASkippedJobThatSaysItIsNotPageText() {
        String stored = uploads.store(PNG, LocalDate.of(2023, 11, 4), 1, false);

        RefreshJob job = jobs.start(stored);

        assertThat(job.state()).isEqualTo(RefreshJob.State.SKIPPED);
        assertThat(job.error()).startsWith("2023-11-04_01.txt was not indexed: ").contains("binary");
        assertThat(job.skipped()).extracting(RefreshJob.Skipped::file).containsExactly("2023-11-04_01.txt");
    }

    @Test
    void randomBytesSentAsAPageEndInASkippedJob() {
        byte[] noise = new byte[4096];
        new Random(10).nextBytes(noise);
        String stored = uploads.store(noise, LocalDate.of(2023, 11, 5), 1, false);

        assertThat(jobs.start(stored).state()).isEqualTo(RefreshJob.State.SKIPPED);
    }
}
