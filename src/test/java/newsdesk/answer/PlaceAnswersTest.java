package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One programme in two townships, and in one of them in two years; the other township's article has the
 * programme in its headline, the asked one's does not — the look-alike that wins on words alone. Written
 * for this test, so places, years and amounts are known exactly.
 */
class PlaceAnswersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    @TempDir
    static Path pagesDir;
    @TempDir
    static Path indexDir;

    static SearchService search;
    static AnswerService answers;

    @BeforeAll
    static void indexTheTownships() throws IOException {
        page("2025-06-10_03.txt", "李寨乡多措并举助农增收", """
                本报讯（记者 王明）6月9日，记者从李寨乡了解到，该乡今年持续推进农业基础设施建设。
                2025年李寨乡高标准农田建设项目补贴标准为每亩1200元，由乡财政所统一发放。
                该乡还组织农技人员下村入户，指导群众科学种田。
                """);
        page("2025-06-12_03.txt", "王店镇高标准农田建设项目补贴标准公布", """
                本报讯（记者 李华）6月11日，王店镇公布高标准农田建设项目补贴标准。
                2025年王店镇高标准农田建设项目补贴标准为每亩1500元，由镇财政所统一发放。
                王店镇高标准农田建设项目今年覆盖全镇十二个行政村。
                """);
        page("2024-06-11_03.txt", "李寨乡推进农田建设", """
                本报讯（记者 王明）6月10日，记者从李寨乡了解到，该乡农田建设进展顺利。
                2024年李寨乡高标准农田建设项目补贴标准为每亩1000元，由乡财政所统一发放。
                该乡组织农技人员下村入户，指导群众科学种田。
                """);
        page("2025-09-01_02.txt", "李寨乡农田建设回顾", """
                本报讯（记者 王明）8月31日，记者从李寨乡了解到，该乡农田建设持续推进。
                据了解，2024年李寨乡高标准农田建设项目补贴标准为每亩1000元，由乡财政所统一发放。
                该乡组织农技人员下村入户，指导群众科学种田。
                """);
        page("2025-04-02_02.txt", "川汇区开展春季植树活动", """
                本报讯（记者 李华）4月1日，川汇区组织干部群众开展春季义务植树活动。
                活动现场，大家挥锹铲土、扶苗培土，共栽下树苗三千余株。
                """);
        page("2025-05-08_01.txt", "我市困难毕业生求职补贴开始申报", """
                本报讯（记者 王明）5月7日，记者从市人社局了解到，我市困难毕业生求职创业补贴开始申报。
                今年困难毕业生求职创业补贴标准为每人2000元，由学校统一申报。
                市人社局提醒，符合条件的毕业生应在规定时间内提交材料。
                """);
        search = WrittenPages.indexed(pagesDir, indexDir);
        answers = AnswerFixtures.over(search, TODAY);
    }

    private static void page(String name, String headline, String body) throws IOException {
        WrittenPages.page(pagesDir, name, headline, body);
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void theAskedTownshipsFigureIsTheAnswerNotTheOtherTownshipsWhoseHeadlineNamesTheProgramme() {
        Answer answer = answers.answer("李寨乡高标准农田建设项目补贴标准是每亩多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每亩1200元").doesNotContain("王店镇");
        assertThat(answer.citations()).extracting(Citation::source).doesNotContain("2025-06-12_03.txt");
    }

    @Test
    void theAskedYearsFigureIsTheAnswerForTheAskedTownship() {
        Answer answer = answers.answer("2024年李寨乡高标准农田建设项目补贴标准是每亩多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每亩1000元");
    }

    @Test
    void lastYearsFigureLookedBackOnInAPageOfTheAskedYearIsNotTheAnswer() {
        Answer answer = answers.answer("2025年李寨乡高标准农田建设项目补贴标准是每亩多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每亩1200元");
    }

    @Test
    void aTownshipThePaperHasNothingOnIsSaidPlainlyAndTheOtherPlacesReportIsOffered() {
        Answer answer = answers.answer("黄集乡高标准农田建设项目补贴标准是每亩多少钱？");

        assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        assertThat(answer.answer()).startsWith("报纸上没有找到关于黄集乡的相关报道。其他地方的报道有");
        assertThat(answer.citations()).isNotEmpty();
    }

    @Test
    void anArticleAboutTheAskedPlaceIsNeverOfferedAsAnotherPlacesReport() {
        Answer answer = answers.answer("川汇区的游泳馆几点开门？");

        assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        assertThat(answer.answer()).doesNotContain("川汇区开展春季植树活动");
    }

    @Test
    void aPlaceThePaperReportsOnIsNeverSaidToHaveNoReportsWhenTheQuestionGoesUnanswered() {
        Answer answer = answers.answer("川汇区的游泳馆几点开门？");

        assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        assertThat(answer.answer()).doesNotContain("没有找到关于川汇区");
        assertThat(answer.citations()).extracting(Citation::source).contains("2025-04-02_02.txt");
    }

    @Test
    void aCityWideArticleAnswersForADistrictOfTheCity() {
        Answer answer = answers.answer("川汇区困难毕业生求职补贴每人多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每人2000元");
    }
}
