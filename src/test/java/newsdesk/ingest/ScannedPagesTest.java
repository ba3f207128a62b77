package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned pages: articles of a sample page set as a newspaper sets them, printed and scanned (see
 * {@link TestScan}), are read back by OCR with few character errors and found as articles with
 * their titles and subtitles, from a page image as from a PDF holding only the scan. Parts of a
 * page only, because OCR takes seconds an image; the real engine reads them, counted by {@link CountingOcr}.
 */
class ScannedPagesTest {

    /** 0.5% was measured on such a scan (MEASUREMENTS.md); the issue asks for at most 2%. */
    private static final double MAX_CHARACTER_ERROR_RATE = 0.02;
    private static final double SKEW_DEGREES = 0.4;

    @TempDir
    Path pages;

    @TempDir
    Path ocrCache;

    private final CountingOcr ocr = new CountingOcr(IngestFixtures.OCR);

    @Test
    void scannedPageIsReadWithAtMostTwoPercentCharacterErrorsAndItsArticlesAreFound() throws Exception {
        List<Article> printed = shortestArticlesOf("004", 2);
        BufferedImage scan = TestScan.of(twoColumnPdf(printed), SKEW_DEGREES, 4);
        Path file = pages.resolve("2024-01-15_04.png");
        TestScan.write(scan, "png", file);

        String read = new PageReader(properties(), ocr).read(file).text();
        IngestReport report = ingest().ingest(List.of(pages));

        double cer = ScanErrors.characterErrorRate(ScanErrors.printedText(printed), read);
        System.out.printf("OCR character error rate on a noisy %.1f° skewed two-column scan of %d x %d pixels: %.2f%%%n",
                SKEW_DEGREES, scan.getWidth(), scan.getHeight(), 100 * cer);
        assertThat(cer).isLessThanOrEqualTo(MAX_CHARACTER_ERROR_RATE);
        assertThat(report.problems()).isEmpty();
        assertFound(printed, report.articles());
    }

    @Test
    void pdfPageWithoutATextLayerIsReadByOcrAndItsArticlesAreFound() throws IOException {
        List<Article> printed = shortestArticlesOf("001", 1);
        BufferedImage scan = TestScan.of(twoColumnPdf(printed), SKEW_DEGREES, 1);
        Files.write(pages.resolve("2023-07-10_02.pdf"), TestScan.imageOnlyPdf(scan));

        IngestReport report = ingest().ingest(List.of(pages));

        assertThat(report.problems()).isEmpty();
        assertThat(report.imagesRecognised()).isEqualTo(1);
        assertFound(printed, report.articles());
    }

    @Test
    void aScanIsReadByOcrOnceAndFromTheCacheAfterThat() throws IOException {
        List<Article> printed = shortestArticlesOf("002", 1);
        TestScan.write(TestScan.of(twoColumnPdf(printed), SKEW_DEGREES, 2), "tiff", pages.resolve("2024-03-05_03.tif"));

        IngestReport first = ingest().ingest(List.of(pages));
        IngestReport second = ingest().ingest(List.of(pages));

        assertThat(ocr.runs()).isEqualTo(1);
        assertThat(first.imagesRecognised()).isEqualTo(1);
        assertThat(second.imagesRecognised()).isZero();
        assertThat(second.imagesFromCache()).isEqualTo(1);
        assertThat(second.articles()).isEqualTo(first.articles());
        assertFound(printed, second.articles());
    }

    /** Each printed article is read back with its title and subtitle, its body within the error rate. */
    private static void assertFound(List<Article> printed, List<Article> read) {
        for (Article expected : printed) {
            Optional<Article> found = read.stream().filter(article -> article.title().equals(expected.title())
                    && article.subtitle().equals(expected.subtitle())).findFirst();
            assertThat(found).as("article '%s' read back from the scan; read: %s", expected.title(),
                    read.stream().map(Article::title).toList()).isPresent();
            assertThat(ScanErrors.characterErrorRate(expected.body(), found.get().body()))
                    .as("character errors in the body of '%s'", expected.title())
                    .isLessThanOrEqualTo(MAX_CHARACTER_ERROR_RATE);
        }
    }

    private IngestService ingest() {
        return new IngestService(properties(), ocr);
    }

    /** The fixtures' limits, with this test's own OCR cache. */
    private IngestProperties properties() {
        IngestProperties defaults = IngestFixtures.properties(pages, pages.resolve("manifest.csv"));
        return new IngestProperties(pages, pages.resolve("manifest.csv"), defaults.maxFileBytes(),
                defaults.maxLineChars(), defaults.maxPdfPages(), ocrCache, defaults.maxImagePixels(), defaults.ocrDpi(),
                defaults.ocrThreads(), defaults.ocrDetectSide(), defaults.commitEveryFiles());
    }

    /** The {@code count} shortest titled news articles of a sample page, in page order: a small scan. */
    static List<Article> shortestArticlesOf(String page, int count) {
        return SamplePages.articles().stream()
                .filter(article -> article.source().startsWith(page) && !article.title().isEmpty()
                        && article.kind() == ArticleKind.NEWS)
                .sorted(Comparator.comparingInt(article -> article.body().length()))
                .limit(count)
                .sorted(Comparator.comparingInt(Article::position))
                .toList();
    }

    /** The articles set in two columns of 10 pt under 20 pt headlines, as {@link NewspaperPage} sets a page. */
    static byte[] twoColumnPdf(List<Article> articles) {
        try (TestPdf pdf = TestPdf.page()) {
            NewspaperPage layout = new NewspaperPage(pdf, 2, 10, 20);
            articles.forEach(article -> layout.article(PrintCopy.of(article), false));
            return pdf.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
