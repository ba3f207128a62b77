package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.ingest.pdf.PdfPageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page PDF with a text layer gives the same articles a text page does, in the order a reader reads them. */
class PdfPagesTest {

    static final float BODY = 10.5f;
    static final int CHARS_PER_LINE = 20;
    static final float LEFT_COLUMN = 40;
    static final float RIGHT_COLUMN = 40 + CHARS_PER_LINE * BODY + 24;

    static final String GRANTS_TITLE = "我市发放困难毕业生求职补贴";
    static final List<String> GRANTS = List.of(
            "本报讯（记者 马月红 李一）11月1日，记者从市人社局了解到，2024毕业学年困难毕业生求职创业补贴发放工作已经完成，"
                    + "我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。",
            "据了解，求职创业补贴主要面向有就业创业意愿并积极求职创业的困难毕业生，补贴标准为每人2000元。");
    static final String FIRE_TITLE = "川汇区开展冬季消防安全检查";
    static final List<String> FIRE = List.of(
            "本报讯（记者 韩志刚）近日，川汇区组织消防、应急等部门，对辖区商场、学校和养老机构开展冬季消防安全大检查，"
                    + "共排查隐患37处，已整改32处。",
            "检查中，工作人员向经营者讲解了电气线路、灭火器材的使用方法，要求各单位落实主体责任，确保群众安全过冬。");

    static final String NETWORK_TITLE = "河南项城织密基层便民服务网络";
    static final List<String> NETWORK = List.of(
            "日前，河南省项城市丁集镇东街村便民服务微信群里弹出一条消息，乡亲们，咱们村要修通往327省道的公路了，请大家积极配合。",
            "这是好事，消息传出，村民纷纷赞成。施工开始，村“两委”干部每天都在群里直播，将工作任务、责任人员、工作推进情况随时告知，"
                    + "让群众及时了解实际情况。",
            "去年以来，丁集镇围绕镇党委中心工作，结合工作实际，以全镇30个行政村为单位建起便民服务微信群，群众有事随时说。");

    @TempDir
    Path pages;

    private final IngestService ingest = IngestFixtures.ingestService();

    @Test
    void twoColumnPageGivesEachArticleWholeInColumnOrder() throws IOException {
        byte[] pdf;
        try (TestPdf page = TestPdf.page()) {
            page.line(GRANTS_TITLE, LEFT_COLUMN, 80, 15);
            page.column(GRANTS, LEFT_COLUMN, 105, BODY, CHARS_PER_LINE);
            page.line(FIRE_TITLE, RIGHT_COLUMN, 80, 15);
            page.column(FIRE, RIGHT_COLUMN, 105, BODY, CHARS_PER_LINE);
            pdf = page.bytes();
        }
        Files.write(pages.resolve("2024-11-02_01.pdf"), pdf);

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).extracting(Article::title, Article::paragraphs).containsExactly(
                tuple(GRANTS_TITLE, List.of(withoutDateline(GRANTS.get(0)), GRANTS.get(1))),
                tuple(FIRE_TITLE, List.of(withoutDateline(FIRE.get(0)), FIRE.get(1))));
        assertThat(report.articles().getFirst().reporters()).containsExactly("马月红", "李一");
    }

    @Test
    void headlineAcrossTwoColumnsComesFirstAndTheArticleRunsOnIntoTheNextColumn() throws IOException {
        Files.write(pages.resolve("2024-11-02_02.pdf"), headlineAcrossTwoColumns());

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo(NETWORK_TITLE);
            assertThat(article.reporters()).containsExactly("毕京津", "赵翰青");
            assertThat(article.paragraphs()).containsExactlyElementsOf(NETWORK);
        });
    }

    @Test
    void kangxiRadicalsInTheTextLayerComeOutAsOrdinaryCharacters() throws IOException {
        // What a font without a ToUnicode map gives (MEASUREMENTS.md): ⽣ U+2F63 for 生, ⼯ U+2F2F for 工.
        String printed = "困难毕业\u2F63求职创业补贴\u2F2F作完成";
        try (TestPdf page = TestPdf.page()) {
            page.line(GRANTS_TITLE, LEFT_COLUMN, 80, 15);
            page.column(List.of(GRANTS.get(0), printed + "。"), LEFT_COLUMN, 105, BODY, CHARS_PER_LINE);
            Files.write(pages.resolve("2024-11-02_03.pdf"), page.bytes());
        }

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.articles()).singleElement().extracting(Article::paragraphs)
                .satisfies(paragraphs -> assertThat(paragraphs).last().isEqualTo("困难毕业生求职创业补贴工作完成。"));
    }

    /** Poppler's pdftotext got column order right in every measurement (MEASUREMENTS.md): a second opinion. */
    @Test
    void columnOrderAgreesWithPdftotext() throws Exception {
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        assumeTrue(Files.isExecutable(pdftotext), "pdftotext (poppler-utils) is not installed");
        byte[] pdf = headlineAcrossTwoColumns();
        Path file = Files.write(pages.resolve("page.pdf"), pdf);
        Process process = new ProcessBuilder(pdftotext.toString(), "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true).start();
        String poppler = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();

        String ours = new PdfPageReader().read(pdf, IngestFixtures.MAX_PDF_PAGES);

        assertThat(withoutWhiteSpace(ours)).isEqualTo(withoutWhiteSpace(poppler));
    }

    private static byte[] headlineAcrossTwoColumns() {
        try (TestPdf page = TestPdf.page()) {
            page.line(NETWORK_TITLE, LEFT_COLUMN, 70, 22);
            page.line("□人民日报记者 毕京津 赵翰青", LEFT_COLUMN, 100, BODY);
            // Six lines in the left column, the rest in the right one: the second paragraph's
            // sentence is cut by the column break, as on a printed page.
            page.column(List.of(NETWORK.get(0), NETWORK.get(1).substring(0, 20)), LEFT_COLUMN, 125, BODY, CHARS_PER_LINE);
            page.continuedColumn(List.of(NETWORK.get(1).substring(20), NETWORK.get(2)), RIGHT_COLUMN, 125, BODY,
                    CHARS_PER_LINE);
            return page.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutWhiteSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void multiPagePdfGivesTheArticlesOfItsPagesInPageOrder() throws IOException {
        try (TestPdf pdf = TestPdf.page()) {
            pdf.line(FIRE_TITLE, LEFT_COLUMN, 80, 15);
            pdf.column(FIRE, LEFT_COLUMN, 105, BODY, CHARS_PER_LINE);
            pdf.nextPage();
            pdf.line(GRANTS_TITLE, LEFT_COLUMN, 80, 15);
            pdf.column(GRANTS, LEFT_COLUMN, 105, BODY, CHARS_PER_LINE);
            Files.write(pages.resolve("2024-11-02.pdf"), pdf.bytes());
        }

        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).isEmpty();
        assertThat(report.articles()).extracting(Article::title).containsExactly(FIRE_TITLE, GRANTS_TITLE);
    }

    @Test
    void verticallySetTitleReadsAsOneLineNotOneCharacterPerLine() throws Exception {
        String label = "城市新闻周刊";
        byte[] pdf;
        try (TestPdf page = TestPdf.page()) {
            page.line(GRANTS_TITLE, LEFT_COLUMN, 80, 15);
            page.column(GRANTS, LEFT_COLUMN, 105, BODY, CHARS_PER_LINE);
            int[] characters = label.codePoints().toArray();
            for (int i = 0; i < characters.length; i++) {
                page.line(Character.toString(characters[i]), 520, 80 + i * 14, 12);
            }
            pdf = page.bytes();
        }

        List<String> lines = new PdfPageReader().read(pdf, IngestFixtures.MAX_PDF_PAGES).lines().map(String::strip).toList();

        assertThat(lines).contains(label).doesNotContain("城", "刊");
        assertThat(lines.indexOf(label)).isGreaterThan(lines.indexOf(GRANTS_TITLE));
    }

    private static String withoutDateline(String paragraph) {
        return paragraph.substring(paragraph.indexOf('）') + 1);
    }
}
