package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageMetadataResolverTest {

    @TempDir
    Path folder;

    @Test
    void readsDateAndPageFromTheFileNameConvention() {
        assertThat(PageMetadataResolver.fromFileName("2023-11-04_01.txt"))
                .isEqualTo(new PageMetadata(LocalDate.of(2023, 11, 4), 1, null, null));
        assertThat(PageMetadataResolver.fromFileName("2024-01-13_03_B.txt"))
                .isEqualTo(new PageMetadata(LocalDate.of(2024, 1, 13), 3, "B", null));
    }

    @Test
    void leavesWhatTheNameDoesNotSayUnknown() {
        assertThat(PageMetadataResolver.fromFileName("000_8d4900da70319227.txt")).isEqualTo(PageMetadata.UNKNOWN);
        assertThat(PageMetadataResolver.fromFileName("2023-02-30_01.txt")).isEqualTo(PageMetadata.UNKNOWN);
    }

    @Test
    void manifestWinsAndTheFileNameFillsTheRest() throws Exception {
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, """
                file,date,page,edition,section,note
                2023-11-04_01.txt,,2,,川汇区,"page number corrected, date from the name"
                unnamed.txt,2024-03-06,,,,
                """);
        PageMetadataResolver resolver = PageMetadataResolver.fromManifest(manifest);

        assertThat(resolver.resolve(Path.of("2023-11-04_01.txt")))
                .isEqualTo(new PageMetadata(LocalDate.of(2023, 11, 4), 2, null, "川汇区"));
        assertThat(resolver.resolve(Path.of("unnamed.txt")))
                .isEqualTo(new PageMetadata(LocalDate.of(2024, 3, 6), null, null, null));
    }

    @Test
    void badManifestIsReportedAndPagesStillComeOutWithFileNameMetadata() throws IOException {
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, "file,date,page\n000_8d4900da70319227.txt,4 Nov 2023,1\n");

        IngestReport report = IngestFixtures.ingestServiceWithManifest(manifest)
                .ingest(List.of(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE)));

        assertThat(report.problems()).singleElement().satisfies(problem ->
                assertThat(problem.reason()).contains("date '4 Nov 2023' is not YYYY-MM-DD"));
        assertThat(report.articles()).hasSize(8).allMatch(article -> article.date() == null);
    }

    @Test
    void bundledManifestKnowsTheFrontPageIsPageOne() {
        IngestReport report = IngestFixtures.ingestServiceWithManifest(IngestFixtures.SAMPLE_PAGES.resolve("manifest.csv"))
                .ingest(List.of(IngestFixtures.SAMPLE_PAGES));

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).filteredOn(a -> a.source().startsWith("000_"))
                .hasSize(8).allMatch(a -> Integer.valueOf(1).equals(a.page()) && a.date() == null);
        assertThat(report.articles()).filteredOn(a -> !a.source().startsWith("000_"))
                .allMatch(a -> a.page() == null && a.date() == null);
    }
}
