package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF that gives no text is reported by name with its reason and skipped; the other pages still come out. */
class BadPdfPagesTest {

    @TempDir
    Path pages;

    private final IngestService ingest = IngestFixtures.ingestService();

    @BeforeEach
    void goodPageBesideTheBadOnes() throws IOException {
        Files.copy(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE), pages.resolve("good.txt"));
    }

    @Test
    void pdfWithAnEmptyPageIsSkippedAsBlankBeforeOcr() throws IOException {
        Files.write(pages.resolve("blank.pdf"), TestPdf.emptyPage());

        assertSkipped("blank.pdf", "not a page image: PDF page 1 is blank, no text on it");
    }

    @Test
    void scannedPdfOfAPictureWithoutTextIsSkippedAfterOcrFindsNone() throws IOException {
        Files.write(pages.resolve("scan.pdf"), TestPdf.imageOnlyPage());

        assertSkipped("scan.pdf", "not a page image: OCR found no text on it");
    }

    @Test
    void pdfWhoseFontsMapNoGlyphToACharacterIsReadByOcr() throws IOException {
        try (TestPdf page = TestPdf.page()) {
            page.line("本报讯（记者 韩志刚）字形没有字符映射。", 40, 80, 12);
            Files.write(pages.resolve("no-tounicode.pdf"), TestPdf.withoutToUnicode(page.bytes()));
        }

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).filteredOn(article -> article.source().equals("no-tounicode.pdf"))
                .singleElement().satisfies(article -> assertThat(article.body()).isEqualTo("字形没有字符映射。"));
    }

    @Test
    void pdfWithThousandsOfPagesIsRefusedBeforeAnyPageIsRead() throws IOException {
        Files.write(pages.resolve("bomb.pdf"), TestPdf.emptyPages(2_000));

        assertSkipped("bomb.pdf", "PDF of 2000 pages, more than the " + IngestFixtures.MAX_PDF_PAGES
                + " one page file may have (give each printed page its own PDF)");
    }

    @Test
    void fileNamedPdfThatIsNoPdfIsReportedAsNotReadable() throws IOException {
        Files.writeString(pages.resolve("notes.pdf"), "本报讯（记者 韩志刚）这不是PDF文件。", StandardCharsets.UTF_8);

        assertSkipped("notes.pdf", "not a readable PDF: no %PDF- header, so not a PDF file");
    }

    @Test
    void truncatedPdfIsReportedAsNotReadable() throws IOException {
        byte[] whole = TestPdf.imageOnlyPage();
        Files.write(pages.resolve("cut.pdf"), Arrays.copyOf(whole, 200));

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo("cut.pdf");
            assertThat(problem.reason()).startsWith("not a readable PDF: ");
        });
        assertGoodPageStillIngested(report);
    }

    @Test
    void pdfLockedWithAPasswordIsReportedAsNotReadable() throws IOException {
        try (TestPdf page = TestPdf.page()) {
            page.line("本报讯（记者 韩志刚）加密的版面。", 40, 80, 12);
            Files.write(pages.resolve("locked.pdf"), page.encryptedBytes());
        }

        assertSkipped("locked.pdf", "not a readable PDF: encrypted, it needs a password");
    }

    private void assertSkipped(String name, String reason) {
        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement()
                .extracting(PageProblem::name, PageProblem::reason)
                .containsExactly(name, reason);
        assertGoodPageStillIngested(report);
    }

    private static void assertGoodPageStillIngested(IngestReport report) {
        assertThat(report.pagesRead()).isEqualTo(1);
        assertThat(report.articles()).extracting(Article::source).containsOnly("good.txt");
        assertThat(report.articles()).hasSize(8);
    }
}
