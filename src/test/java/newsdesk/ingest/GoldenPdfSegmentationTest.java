package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import newsdesk.ingest.GoldenArticles.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five sample pages laid out as page PDFs (see {@link NewspaperPage}) and read back: the PDF
 * reader has to find the reading order and the headlines from the layout alone, and the articles
 * must come out as the golden list has them, as they do from the text pages.
 */
class GoldenPdfSegmentationTest {

    /** Varied per page, as papers vary them: columns, body and headline type size. */
    private static final int[] COLUMNS = {3, 2, 3, 2, 3};
    private static final float[] BODY = {10, 9.5f, 9, 10, 9.5f};
    private static final float[] HEADLINE = {22, 20, 18, 21, 19};
    /** Page 000 prints this article's headline under its body; the text page is read that way too. */
    private static final String HEADLINE_UNDER_BODY = "扛牢政治责任";

    @TempDir
    Path pages;

    @Test
    void pdfPagesOfTheSamplePagesReproduceAtLeast95PercentOfTheGoldenArticles() throws Exception {
        Comparison comparison = readBack();
        System.out.println(PdfReadTiming.measure(pages, 5, 20));

        assertThat(comparison.share()).as("share of golden articles reproduced from PDF; misses:%n%s",
                String.join("\n", comparison.misses())).isGreaterThanOrEqualTo(GoldenArticles.REQUIRED_SHARE);
    }

    private Comparison readBack() throws IOException {
        writeSamplePagesAsPdf(pages);
        List<Article> parsed = SamplePages.ingestServiceFor(pages).ingest(List.of(pages)).articles();
        Comparison comparison = GoldenArticles.compare(parsed, source -> source.replace(".pdf", ".txt"));
        System.out.println(comparison.summary("golden PDF segmentation", parsed.size()));
        comparison.misses().forEach(miss -> System.out.println("  miss: " + miss));
        return comparison;
    }

    /** Writes the sample pages as PDFs into {@code dir}, named as the text pages with .pdf, with the manifest to match. */
    static void writeSamplePagesAsPdf(Path dir) throws IOException {
        Map<String, List<Article>> bySource = SamplePages.articles().stream()
                .sorted(Comparator.comparingInt(Article::position))
                .collect(Collectors.groupingBy(Article::source, TreeMap::new, Collectors.toList()));
        int page = 0;
        for (Map.Entry<String, List<Article>> entry : bySource.entrySet()) {
            try (TestPdf pdf = TestPdf.page()) {
                NewspaperPage layout = new NewspaperPage(pdf, COLUMNS[page], BODY[page], HEADLINE[page]);
                for (Article article : entry.getValue()) {
                    layout.article(PrintCopy.of(article), article.title().startsWith(HEADLINE_UNDER_BODY));
                }
                Files.write(dir.resolve(entry.getKey().replace(".txt", ".pdf")), pdf.bytes());
            }
            page++;
        }
        String manifest = Files.readString(IngestFixtures.SAMPLE_PAGES.resolve("manifest.csv"));
        Files.writeString(dir.resolve("manifest.csv"), manifest.replace(".txt,", ".pdf,"));
    }
}
