package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.ingest.SamplePages;
import newsdesk.search.PassageHit;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshing the index while questions keep coming: only changed files are touched, nothing fails. */
class IncrementalRefreshTest {

    private static final Path SAMPLES = Path.of("index/pages");
    private static final String FRONT = "000_8d4900da70319227.txt";
    private static final String CHUANHUI = "001_1e8b83b8a78d0517.txt";
    private static final String DEMO_ZONE = "002_c583b74fb9e7868d.txt";
    private static final String OCR = "003_9250a1ad65b93bfc.txt";
    private static final String LIBRARY_QUESTION = "川汇区图书馆每天接待多少人？";

    @TempDir
    Path pagesDir;
    @TempDir
    Path indexDir;

    private SearchService search;
    private IndexMaintenance maintenance;

    @BeforeEach
    void indexThreePages() throws IOException {
        for (String page : List.of(FRONT, CHUANHUI, DEMO_ZONE)) {
            Files.copy(SAMPLES.resolve(page), pagesDir.resolve(page));
        }
        search = SearchFixtures.withoutIndex(indexDir);
        maintenance = new IndexMaintenance(SamplePages.ingestServiceFor(pagesDir), SamplePages.propertiesFor(pagesDir),
                search, event -> { });
        RefreshReport first = maintenance.refresh();
        assertThat(first.added()).containsExactly(FRONT, CHUANHUI, DEMO_ZONE);
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void addsReplacesAndDeletesOnlyTheChangedFiles() throws IOException {
        editLibraryVisitors("500");
        Files.delete(pagesDir.resolve(DEMO_ZONE));
        Files.copy(SAMPLES.resolve(OCR), pagesDir.resolve(OCR));

        RefreshReport report = maintenance.refresh();

        assertThat(report.added()).containsExactly(OCR);
        assertThat(report.replaced()).containsExactly(CHUANHUI);
        assertThat(report.removed()).containsExactly(DEMO_ZONE);
        assertThat(report.unchanged()).containsExactly(FRONT);
        // Only the new and the changed file were parsed and embedded again.
        assertThat(report.articlesWritten()).isEqualTo(6 + 10);
        assertThat(search.articlesOf(DEMO_ZONE)).isEmpty();
        assertThat(search.articlesOf(FRONT)).hasSize(8);
        assertThat(search.coverage().pageFiles()).isEqualTo(3);
        assertThat(maintenance.ensureFresh()).isEmpty();
    }

    @Test
    void keepsAnsweringFromSeveralThreadsAndSwitchesToTheNewTextAfterTheCommit() throws Exception {
        assertThat(topPassage(LIBRARY_QUESTION)).contains("每天接待300余人");
        editLibraryVisitors("500");
        Files.delete(pagesDir.resolve(DEMO_ZONE));
        Files.copy(SAMPLES.resolve(OCR), pagesDir.resolve(OCR));

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(3);
        ExecutorService askers = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            askers.submit(() -> {
                started.countDown();
                while (running.get()) {
                    try {
                        String text = topPassage(LIBRARY_QUESTION);
                        assertThat(text).containsAnyOf("每天接待300余人", "每天接待500余人");
                        answered.incrementAndGet();
                    } catch (Throwable failure) {
                        failures.add(failure);
                    }
                }
            });
        }
        started.await(5, TimeUnit.SECONDS);
        maintenance.refresh();
        running.set(false);
        askers.shutdown();
        assertThat(askers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(topPassage(LIBRARY_QUESTION)).contains("每天接待500余人");
    }

    @Test
    void aBrokenReplacementIsReportedAndTheLastGoodArticlesStay() throws IOException {
        Files.write(pagesDir.resolve(FRONT), new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        RefreshReport report = maintenance.refresh();

        assertThat(report.skipped()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo(FRONT);
            assertThat(problem.reason()).startsWith("binary file");
        });
        assertThat(report.replaced()).isEmpty();
        assertThat(search.articlesOf(FRONT)).hasSize(8);
        assertThat(maintenance.pages()).filteredOn(page -> page.file().equals(FRONT))
                .singleElement().satisfies(page -> {
                    assertThat(page.state()).isEqualTo(PageStatus.State.SKIPPED);
                    assertThat(page.articles()).isEqualTo(8);
                });
    }

    private void editLibraryVisitors(String visitors) throws IOException {
        Path page = pagesDir.resolve(CHUANHUI);
        String text = Files.readString(page);
        assertThat(text).contains("每天接待 300 余人");
        Files.writeString(page, text.replace("每天接待 300 余人", "每天接待 " + visitors + " 余人"));
    }

    private String topPassage(String question) {
        List<PassageHit> hits = search.search(question, 1);
        return hits.isEmpty() ? "" : hits.getFirst().passage().text();
    }
}
