package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index} over an archive, stopped by SIGTERM in the middle: the process is gone within 5 s, the
 * batches it committed are searchable, and the next run indexes only the files it had not committed.
 */
class StoppedBuildTest {

    private static final Path SAMPLES = Path.of("index/pages");
    private static final int DAYS = 40;
    /** What the issue asks of a stop on SIGTERM. */
    private static final Duration STOPS_WITHIN = Duration.ofSeconds(5);
    /** Small batches, so that the build has committed some and has many left when it is stopped. */
    private static final List<String> SETTINGS = List.of("-Dnewsdesk.ingest.commit-every-files=10",
            "-Dnewsdesk.embedding.policy=none");

    @TempDir
    Path work;

    @Test
    void aBuildStoppedBySigtermKeepsItsCommittedBatchesAndTheNextRunDoesOnlyTheRest() throws Exception {
        Path pages = Files.createDirectories(work.resolve("pages"));
        Path index = work.resolve("index");
        int files = copySamplesUnderDates(pages);
        Path log = work.resolve("index.log");

        try (ServiceProcess build = ServiceProcess.command(pages, index, log, SETTINGS, "index")) {
            awaitFirstCommit(build, index);
            assertThat(build.terminate(STOPS_WITHIN)).as("index stopped within %s of SIGTERM%n%s", STOPS_WITHIN,
                    build.log()).isTrue();
        }

        int committed;
        try (SearchService search = SearchFixtures.withoutIndex(index)) {
            committed = search.indexedFiles().size();
            assertThat(committed).as("committed before the stop, of %d", files).isPositive().isLessThan(files);
            assertThat(search.coverage().pageFiles()).as("the commit holds exactly the files it names")
                    .isEqualTo(committed);
            assertThat(search.search("川汇区图书馆每天接待多少人？", 1)).as("the committed articles are searchable")
                    .isNotEmpty();
        }

        Path rerunLog = work.resolve("rerun.log");
        try (ServiceProcess rerun = ServiceProcess.command(pages, index, rerunLog, SETTINGS, "index")) {
            assertThat(rerun.waitFor(Duration.ofMinutes(3))).as(rerun.log()).isZero();
            Matcher counts = Pattern.compile("page files: (\\d+) added, (\\d+) replaced, 0 removed, (\\d+) unchanged")
                    .matcher(rerun.log());
            assertThat(counts.find()).as(rerun.log()).isTrue();
            assertThat(Integer.parseInt(counts.group(1))).as("added by the rerun").isEqualTo(files - committed);
            assertThat(Integer.parseInt(counts.group(2))).as("committed files redone").isZero();
            assertThat(Integer.parseInt(counts.group(3))).as("unchanged").isEqualTo(committed);
        }
        try (SearchService search = SearchFixtures.withoutIndex(index)) {
            assertThat(search.coverage().pageFiles()).isEqualTo(files);
        }
    }

    /** Each sample page under {@value DAYS} dates, named as uploads are (YYYY-MM-DD_PP.txt). */
    private static int copySamplesUnderDates(Path pages) throws IOException {
        List<Path> samples;
        try (Stream<Path> listing = Files.list(SAMPLES)) {
            samples = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int day = 0; day < DAYS; day++) {
            for (int page = 0; page < samples.size(); page++) {
                Files.copy(samples.get(page), pages.resolve("%s_%02d.txt".formatted(first.plusDays(day), page + 1)));
            }
        }
        return DAYS * samples.size();
    }

    private static void awaitFirstCommit(ServiceProcess build, Path index) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!hasCommit(index)) {
            assertThat(build.isAlive()).as("index still running%n%s", build.log()).isTrue();
            assertThat(System.nanoTime()).as("a first batch committed").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static boolean hasCommit(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(index)) {
            return DirectoryReader.indexExists(directory);
        }
    }
}
