package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two editions that print one fact in two versions: the subsidy was 1500元 in May 2023 and 2000元 in
 * May 2024. Written for this test, so the dates and amounts are known exactly.
 */
class DatedAnswersTest {

    private static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);

    @TempDir
    static Path pagesDir;
    @TempDir
    static Path indexDir;

    static SearchService search;
    static AnswerService answers;

    @BeforeAll
    static void indexTwoEditions() throws IOException {
        page("2023_page.txt", "我市发布困难毕业生求职补贴标准", """
                本报讯（记者 王明 通讯员 李华）5月9日，记者从市人社局了解到，我市困难毕业生求职创业补贴工作正式启动。
                今年困难毕业生求职创业补贴标准为每人1500元，由学校统一申报。
                市人社局提醒，符合条件的毕业生应在规定时间内提交材料。
                """);
        page("2024_page.txt", "困难毕业生求职补贴标准提高", """
                本报讯（记者 王明 通讯员 李华）5月7日，记者从市人社局了解到，我市困难毕业生求职创业补贴标准再次提高。
                今年困难毕业生求职创业补贴标准提高到每人2000元，由学校统一申报。
                市人社局提醒，符合条件的毕业生应在规定时间内提交材料。
                """);
        Files.writeString(pagesDir.resolve("manifest.csv"), """
                file,date,date_inferred,page,edition,section,note
                2023_page.txt,2023-05-10,false,1,,,
                2024_page.txt,2024-05-08,false,1,,,
                """, StandardCharsets.UTF_8);
        search = WrittenPages.indexed(pagesDir, indexDir);
        answers = AnswerFixtures.over(search, JUNE_2024);
    }

    private static void page(String name, String headline, String body) throws IOException {
        WrittenPages.page(pagesDir, name, headline, body);
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void theNewestVersionOfAFactIsTheAnswerAndTheOlderIsCitedAsEarlierInformation() {
        Answer answer = answers.answer("困难毕业生求职补贴每人多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每人2000元");
        assertThat(answer.citations()).extracting(Citation::source).containsExactly("2024_page.txt", "2023_page.txt");
        assertThat(CitationLine.earlier(answer, 1)).isTrue();
        assertThat(AnswerText.readable(answer))
                .contains("[1] 据《困难毕业生求职补贴标准提高》2024年5月8日 第1版")
                .contains("[2] 较早的报道：据《我市发布困难毕业生求职补贴标准》2023年5月10日 第1版");
    }

    @Test
    void aQuestionAboutLastYearIsAnsweredFromLastYearsEdition() {
        Answer answer = answers.answer("去年困难毕业生求职补贴每人多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每人1500元");
        assertThat(answer.citations()).extracting(Citation::source).containsOnly("2023_page.txt");
    }

    @Test
    void aMonthWithoutReportsIsSaidPlainlyAndTheNearestReportIsOffered() {
        Answer answer = answers.answer("上个月困难毕业生求职补贴每人多少钱？", LocalDate.of(2024, 9, 15));

        assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        assertThat(answer.answer()).isEqualTo(
                "报纸上没有找到2024年8月的相关报道。最近的报道是2024年5月8日的《困难毕业生求职补贴标准提高》。");
        assertThat(answer.citations().getFirst().source()).isEqualTo("2024_page.txt");
    }

    @Test
    void theQuestionShownIsTheQuestionAsTyped() {
        Answer answer = answers.answer("去年困难毕业生求职补贴每人多少钱？");

        assertThat(answer.question()).isEqualTo("去年困难毕业生求职补贴每人多少钱？");
    }
}
