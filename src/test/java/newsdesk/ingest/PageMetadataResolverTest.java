package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .isEqualTo(new PageMetadata(PublicationDate.day(LocalDate.of(2023, 11, 4)), 1, null, null));
        assertThat(PageMetadataResolver.fromFileName("2024-01-13_03_B.txt"))
                .isEqualTo(new PageMetadata(PublicationDate.day(LocalDate.of(2024, 1, 13)), 3, "B", null));
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
                .isEqualTo(new PageMetadata(PublicationDate.day(LocalDate.of(2023, 11, 4)), 2, null, "川汇区"));
        assertThat(resolver.resolve(Path.of("unnamed.txt")))
                .isEqualTo(new PageMetadata(PublicationDate.day(LocalDate.of(2024, 3, 6)), null, null, null));
    }

    @Test
    void badManifestIsReportedAndPagesStillComeOutWithFileNameMetadata() throws IOException {
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, "file,date,page\n000_8d4900da70319227.txt,4 Nov 2023,1\n");

        IngestReport report = IngestFixtures.ingestServiceWithManifest(manifest)
                .ingest(List.of(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE)));

        assertThat(report.problems()).singleElement().satisfies(problem ->
                assertThat(problem.reason()).contains("date '4 Nov 2023' is not YYYY-MM-DD, YYYY-MM or YYYY"));
        assertThat(report.articles()).hasSize(8).allMatch(article -> !article.date().known());
    }

    @Test
    void bundledManifestKnowsTheFrontPageIsPageOneAndEachSampleItsInferredMonth() {
        IngestReport report = IngestFixtures.ingestServiceWithManifest(IngestFixtures.SAMPLE_PAGES.resolve("manifest.csv"))
                .ingest(List.of(IngestFixtures.SAMPLE_PAGES));

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).filteredOn(a -> a.source().startsWith("000_"))
                .hasSize(8).allMatch(a -> Integer.valueOf(1).equals(a.page()))
                .allMatch(a -> a.date().printed().equals("2023年11月（推断）"));
        assertThat(report.articles()).filteredOn(a -> a.source().startsWith("002_"))
                .allMatch(a -> a.page() == null && a.date().iso().equals("2024-03") && a.date().inferred());
    }

    @Test
    void aManifestDateMayBeADayAMonthOrAYearAndMarkedInferred() throws Exception {
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, """
                file,date,date_inferred,page
                a.txt,2023-11,true,1
                b.txt,2023,,2
                c.txt,2023-11-04,false,3
                """);
        PageMetadataResolver resolver = PageMetadataResolver.fromManifest(manifest);

        assertThat(resolver.resolve(Path.of("a.txt")).date().printed()).isEqualTo("2023年11月（推断）");
        assertThat(resolver.resolve(Path.of("b.txt")).date().printed()).isEqualTo("2023年");
        assertThat(resolver.resolve(Path.of("c.txt")).date().printed()).isEqualTo("2023年11月4日");
    }

    @Test
    void aManifestDateInferredThatIsNeitherTrueNorFalseIsReported() throws IOException {
        Path manifest = folder.resolve("manifest.csv");
        Files.writeString(manifest, "file,date,date_inferred\na.txt,2023-11,maybe\n");

        assertThatThrownBy(() -> PageMetadataResolver.fromManifest(manifest))
                .hasMessageContaining("date_inferred 'maybe' is not true or false");
    }
}
