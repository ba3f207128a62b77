package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the input of the OCR benchmark ({@code benchmark-ingest --ocr}): the first A4 page of each
 * sample page's PDF (as {@link GoldenPdfSegmentationTest} lays them out) as a noisy, skewed 200 DPI
 * scan, into the folder {@code -Dnewsdesk.scans=…} names. Runs only when asked for: five full pages
 * take about a minute of OCR to benchmark, which the test run does not need.
 */
@EnabledIfSystemProperty(named = "newsdesk.scans", matches = ".+")
class ScanBenchmarkInput {

    @TempDir
    Path pdfs;

    @Test
    void writesTheSamplePagesAsScans() throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("newsdesk.scans")));
        GoldenPdfSegmentationTest.writeSamplePagesAsPdf(pdfs);
        List<Path> written;
        try (Stream<Path> files = Files.list(pdfs)) {
            written = files.filter(file -> file.toString().endsWith(".pdf")).sorted().map(pdf -> {
                Path png = out.resolve(pdf.getFileName().toString().replace(".pdf", ".png"));
                try {
                    TestScan.write(TestScan.of(Files.readAllBytes(pdf), 0.4, 7), "png", png);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return png;
            }).toList();
        }
        assertThat(written).hasSize(5).allSatisfy(png -> assertThat(png).isNotEmptyFile());
    }
}
