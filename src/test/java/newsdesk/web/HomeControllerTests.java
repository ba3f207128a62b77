package newsdesk.web;

import newsdesk.answer.AnswerStatus;
import static newsdesk.web.WebFixtures.GRADUATE_SUBSIDY_ID;
import static newsdesk.web.WebFixtures.abstentionWithSuggestion;
import static newsdesk.web.WebFixtures.graduateSubsidyAnswer;
import static newsdesk.web.WebFixtures.noResults;
import static newsdesk.web.WebFixtures.samplePagesSummary;
import static newsdesk.web.WebFixtures.subsidySearchResults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;

import java.time.LocalDate;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.Citation;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.ArticleQuery;
import newsdesk.search.SearchService;
import newsdesk.text.QuestionLimit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(HomeController.class)
@Import(EachQuestionAlone.class)
class HomeControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AnswerEngine answers;

    @MockitoBean
    SearchService search;

    @BeforeEach
    void corpusWithPlaces() {
        given(answers.summary()).willReturn(samplePagesSummary());
        given(search.places()).willReturn(List.of("川汇区", "示范区"));
    }

    @Test
    void offersBothFormsWithLabelledFieldsAndThePlaceFilter() {
        assertThat(mvc.get().uri("/"))
                .hasStatusOk()
                .bodyText()
                .contains("<label for=\"q\">", "<label for=\"s\">", "<label for=\"from\">", "<label for=\"to\">",
                        "<label for=\"place\">", "<option value=\"川汇区\">川汇区</option>", "收录 5 个版面、41 篇报道")
                .doesNotContain("id=\"answer\"", "id=\"results\"");
    }

    @Test
    void letsBothFormsTakeAsMuchAsTheAnswerAndSearchLayersRead() {
        assertThat(mvc.get().uri("/"))
                .bodyText()
                .contains("name=\"q\" type=\"search\" value=\"\" maxlength=\"" + QuestionLimit.MAX_CHARS + "\"",
                        "name=\"s\" type=\"search\" value=\"\" maxlength=\"" + QuestionLimit.MAX_CHARS + "\"");
    }

    @Test
    void anEarlierReportOfTheAnswersFactIsMarkedAsEarlier() {
        Citation newer = new Citation("a-2024", "补贴标准提高到每户2000元", PublicationDate.parse("2024-05"), 1, "a.txt",
                "今年补贴标准为每户2000元。", 2.0);
        Citation older = new Citation("a-2023", "补贴标准为每户1500元", PublicationDate.parse("2023-05"), 1, "b.txt",
                "补贴标准为每户1500元。", 1.9);
        given(answers.answer("补贴标准是多少？")).willReturn(new Answer("补贴标准是多少？", AnswerStatus.ANSWERED,
                "今年补贴标准为每户2000元。", List.of(newer, older), 5));

        assertThat(mvc.get().uri("/").param("q", "补贴标准是多少？"))
                .hasStatusOk()
                .bodyText()
                .containsOnlyOnce("较早的报道：")
                .containsSubsequence("/articles/a-2024", "较早的报道：", "/articles/a-2023");
    }

    @Test
    void showsTheQuotedAnswerWithTitleDatePageAndALinkThatHighlightsTheSentence() {
        given(answers.answer("困难毕业生补贴每人多少钱？")).willReturn(graduateSubsidyAnswer());

        assertThat(mvc.get().uri("/").param("q", "困难毕业生补贴每人多少钱？"))
                .hasStatusOk()
                .bodyText()
                .contains("<blockquote class=\"quote\">补贴标准为每人2000元，一次性发放。</blockquote>",
                        "我市发放困难毕业生求职创业补贴963.6万元", "2023年11月3日", "第1版",
                        "/articles/" + GRADUATE_SUBSIDY_ID + "?hl=");
    }

    @Test
    void showsABroadQuestionsArticlesAsAListLinkingToEachArticleWithItsSentence() {
        given(answers.answer("有哪些惠民政策？")).willReturn(WebFixtures.policyList());

        assertThat(mvc.get().uri("/").param("q", "有哪些惠民政策？"))
                .hasStatusOk()
                .bodyText()
                .contains("class=\"sources items\"", "报纸上的相关报道（最新的在前）：",
                        "/articles/" + GRADUATE_SUBSIDY_ID + "?hl=", "我市发放困难毕业生求职创业补贴963.6万元",
                        "2023年11月3日", "第1版", WebFixtures.SUBSIDY_SENTENCE,
                        "“五个确保”筑牢防止返贫底线", "2023年8月（推断）", "版次不详", "向群众宣传各种惠民政策")
                .doesNotContain("blockquote");
    }

    @Test
    void linksToTheNewestEdition() {
        assertThat(mvc.get().uri("/")).bodyText().contains("href=\"/today\"");
    }

    @Test
    void notStatedSaysWhatThePaperDoesNotPrintAndShowsTheClosestSentenceMarkedAsSuch() {
        given(answers.answer(anyString())).willReturn(WebFixtures.subsidyPhoneNotStated());

        assertThat(mvc.get().uri("/").param("q", "困难毕业生补贴的咨询电话是多少？"))
                .hasStatusOk()
                .bodyText()
                .contains("没有写明联系电话", "报道中最接近的一句（不是您问的内容）", WebFixtures.SUBSIDY_SENTENCE, "?hl=")
                .doesNotContain("blockquote", "抱歉，报纸上没有找到");
    }

    @Test
    void showsTheAbstentionWithTheClosestArticlesAsSuggestions() {
        given(answers.answer(anyString())).willReturn(abstentionWithSuggestion());

        assertThat(mvc.get().uri("/").param("q", "火星上有图书馆吗？"))
                .hasStatusOk()
                .bodyText()
                .contains("抱歉，报纸上没有找到与这个问题相关的报道。", "相关报道", "清凉空间开放", "日期不详")
                .doesNotContain("blockquote", "?hl=");
    }

    @Test
    void escapesTextFromTheIndexInsteadOfRenderingItAsMarkup() {
        given(answers.answer(anyString())).willReturn(new Answer("<img src=x onerror=alert(1)>", AnswerStatus.ANSWERED,
                "<script>alert(1)</script>", List.of(new Citation("x-1", "<b>标题</b>", PublicationDate.UNKNOWN, null, "x.txt",
                "<script>alert(1)</script>", 1)), 1));

        assertThat(mvc.get().uri("/").param("q", "<img src=x onerror=alert(1)>"))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;标题&lt;/b&gt;")
                .doesNotContain("<script>", "<img src=x", "<b>标题");
    }

    @Test
    void searchesWithTheFiltersAndMarksTheSearchedWordsInTheExcerpt() {
        given(search.searchArticles(any())).willReturn(subsidySearchResults());

        assertThat(mvc.get().uri("/").param("s", "补贴").param("from", "2023-11-01").param("to", "2023-11-30")
                .param("place", "川汇区"))
                .hasStatusOk()
                .bodyText()
                .contains("共 12 篇报道，第 1/2 页", "困难毕业生求职创业<mark>补贴</mark>。",
                        "<option value=\"川汇区\" selected=\"selected\">川汇区</option>", "value=\"2023-11-01\"");
        verify(search).searchArticles(new ArticleQuery("补贴", LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30),
                "川汇区", 1, 10));
    }

    @Test
    void linksToTheNextPageKeepingTheFilters() {
        given(search.searchArticles(any())).willReturn(subsidySearchResults());

        assertThat(mvc.get().uri("/").param("s", "补贴").param("from", "2023-11-01").param("to", "")
                .param("place", ""))
                .bodyText()
                .contains("rel=\"next\"", "from=2023-11-01", "page=2")
                .doesNotContain("rel=\"prev\"");
    }

    @Test
    void offersTheSearchedWordsAsAnAtomFeedWhenTheyMakeATopic() {
        given(search.searchArticles(any())).willReturn(subsidySearchResults());

        assertThat(mvc.get().uri("/").param("s", "补贴")).bodyText()
                .contains("href=\"/feeds?topic=%E8%A1%A5%E8%B4%B4\"", "用阅读器订阅“补贴”的新报道（Atom）");
        assertThat(mvc.get().uri("/").param("s", "")).bodyText().doesNotContain("/feeds?topic=");
    }

    @Test
    void aSearchOfFewButFourByteCharactersListsItsResultsWithoutAFeed() {
        given(search.searchArticles(any())).willReturn(subsidySearchResults());

        assertThat(mvc.get().uri("/").param("s", "补贴" + "😀".repeat(12))).hasStatusOk().bodyText()
                .contains("我市发放困难毕业生求职创业补贴963.6万元").doesNotContain("/feeds?topic=");
    }

    @Test
    void saysSoWhenNothingMatches() {
        given(search.searchArticles(any())).willReturn(noResults());

        assertThat(mvc.get().uri("/").param("s", "火星"))
                .hasStatusOk()
                .bodyText().contains("没有找到符合条件的报道。");
    }

    @Nested
    class BadSearchFilters {

        @Test
        void anImpossibleDateIsShownAsAMessageOnThePageWithStatus400() {
            assertThat(mvc.get().uri("/").param("s", "").param("from", "2024-13-01"))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText()
                    .contains("role=\"alert\"", "搜索条件有误：from must be a date like 2023-11-03, was &#39;2024-13-01&#39;",
                            "aria-invalid=\"true\"", "value=\"2024-13-01\"");
            verify(search, never()).searchArticles(any());
        }

        @Test
        void aPageNumberThatIsNotANumberIsShownAsAMessage() {
            assertThat(mvc.get().uri("/").param("s", "补贴").param("page", "abc"))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyText().contains("page must be a whole number");
        }
    }
}
