package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every broken file is reported by name with its reason and skipped; the good pages still come out. */
class BadPageFilesTest {

    @TempDir
    Path pages;

    private final IngestService ingest = IngestFixtures.ingestService();

    @BeforeEach
    void goodPageBesideTheBadOnes() throws IOException {
        Files.copy(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE), pages.resolve("good.txt"));
    }

    @Test
    void emptyFileIsReportedAndSkipped() throws IOException {
        Files.writeString(pages.resolve("empty.txt"), "");
        Files.writeString(pages.resolve("blank.txt"), " \n\n\t\n");

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).extracting(PageProblem::name, PageProblem::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("blank.txt", "empty file"),
                        org.assertj.core.groups.Tuple.tuple("empty.txt", "empty file"));
        assertGoodPageStillIngested(report);
    }

    @Test
    void binaryFileIsReportedAndSkipped() throws IOException {
        Files.write(pages.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H'});

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo("scan.txt");
            assertThat(problem.reason()).startsWith("binary file");
        });
        assertGoodPageStillIngested(report);
    }

    @Test
    void fileInNeitherUtf8NorGb18030IsReportedAndSkipped() throws IOException {
        byte[] latin1 = "Café, naïve résumé — déjà vu".getBytes(StandardCharsets.ISO_8859_1);
        byte[] broken = new byte[latin1.length + 2];
        System.arraycopy(latin1, 0, broken, 0, latin1.length);
        broken[latin1.length] = (byte) 0xFF;
        broken[latin1.length + 1] = (byte) 0xFF;
        Files.write(pages.resolve("latin1.txt"), broken);

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement()
                .extracting(PageProblem::name, PageProblem::reason)
                .containsExactly("latin1.txt", "not text in UTF-8 or GB18030");
        assertGoodPageStillIngested(report);
    }

    @Test
    void oneFiveMegabyteLineIsReportedAndSkipped() throws IOException {
        Files.writeString(pages.resolve("one-line.txt"), "本报讯".repeat(5 * 1024 * 1024 / 9));

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo("one-line.txt");
            assertThat(problem.reason()).startsWith("line 1 is").contains("not page text");
        });
        assertGoodPageStillIngested(report);
    }

    @Test
    void pageWithoutAnyRecognisableArticleIsReportedAndSkipped() throws IOException {
        Files.writeString(pages.resolve("shopping.txt"), "鸡蛋\n牛奶\n面包\n\nThe quick brown fox.\n");

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement()
                .extracting(PageProblem::name, PageProblem::reason)
                .containsExactly("shopping.txt", "no recognisable article (no dateline, byline or photo credit found)");
        assertGoodPageStillIngested(report);
    }

    @Test
    void missingFileIsReportedByItsName() {
        IngestReport report = ingest.ingest(List.of(pages.resolve("gone.txt"), pages.resolve("good.txt")));

        assertThat(report.problems()).singleElement()
                .extracting(PageProblem::name, PageProblem::reason)
                .containsExactly("gone.txt", "no such file or folder");
        assertGoodPageStillIngested(report);
    }

    @Test
    void pageInGb18030IsDetectedAndReadsLikeTheUtf8Page() throws IOException {
        String text = IngestFixtures.samplePageText(IngestFixtures.FRONT_PAGE).replace('\uFFFD', ' ');
        Files.writeString(pages.resolve("gb.txt"), text, Charset.forName("GB18030"));
        Files.writeString(pages.resolve("utf8.txt"), text, StandardCharsets.UTF_8);
        Files.delete(pages.resolve("good.txt"));

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).isEmpty();
        List<String> gbTitles = titlesFrom(report, "gb.txt");
        assertThat(gbTitles).hasSize(8).contains("我市发放困难毕业生求职创业补贴963.6万元");
        assertThat(gbTitles).isEqualTo(titlesFrom(report, "utf8.txt"));
    }

    private static List<String> titlesFrom(IngestReport report, String source) {
        return report.articles().stream().filter(a -> a.source().equals(source)).map(Article::title).toList();
    }

    private static void assertGoodPageStillIngested(IngestReport report) {
        assertThat(report.pagesRead()).isEqualTo(1);
        assertThat(report.articles()).extracting(Article::source).containsOnly("good.txt");
        assertThat(report.articles()).hasSize(8);
    }
}
