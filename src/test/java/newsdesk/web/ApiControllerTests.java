package newsdesk.web;

import static newsdesk.web.WebFixtures.GRADUATE_SUBSIDY_ID;
import static newsdesk.web.WebFixtures.abstentionWithSuggestion;
import static newsdesk.web.WebFixtures.graduateSubsidyAnswer;
import static newsdesk.web.WebFixtures.graduateSubsidyArticle;
import static newsdesk.web.WebFixtures.indexedAndSkippedPages;
import static newsdesk.web.WebFixtures.subsidySearchResults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.util.Optional;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.AnswerEngine;
import newsdesk.search.ArticleQuery;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ApiController.class)
@Import(EachQuestionAlone.class)
class ApiControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AnswerEngine answers;

    @MockitoBean
    SearchService search;

    @MockitoBean
    IndexMaintenance maintenance;

    @Test
    void answersWithTheCitedAnswerObject() {
        given(answers.answer("困难毕业生补贴每人多少钱？")).willReturn(graduateSubsidyAnswer());

        assertThat(mvc.get().uri("/api/answer").param("q", "困难毕业生补贴每人多少钱？"))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"question": "困难毕业生补贴每人多少钱？", "answered": true,
                         "answer": "补贴标准为每人2000元，一次性发放。",
                         "citations": [{"article_id": "000_8d4900da70319227-06-e65b1693",
                                        "title": "我市发放困难毕业生求职创业补贴963.6万元",
                                        "date": "2023-11-03", "page": 1, "source": "000_8d4900da70319227.txt",
                                        "excerpt": "补贴标准为每人2000元，一次性发放。"}],
                         "took_ms": 42}
                        """);
    }

    @Test
    void answersABroadQuestionWithAListAnswerObjectOneItemPerArticle() {
        given(answers.answer("有哪些惠民政策？")).willReturn(WebFixtures.policyList());

        assertThat(mvc.get().uri("/api/answer").param("q", "有哪些惠民政策？"))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"question": "有哪些惠民政策？", "kind": "list", "status": "answered", "answered": true,
                         "citations": [{"title": "我市发放困难毕业生求职创业补贴963.6万元", "date": "2023-11-03",
                                        "date_printed": "2023年11月3日", "page": 1,
                                        "excerpt": "补贴标准为每人2000元，一次性发放。"},
                                       {"title": "“五个确保”筑牢防止返贫底线", "date": "2023-08",
                                        "date_printed": "2023年8月（推断）", "page": null}]}
                        """);
    }

    @Test
    void answersAnAbstentionAsA200WithTheClosestArticles() {
        given(answers.answer(anyString())).willReturn(abstentionWithSuggestion());

        assertThat(mvc.get().uri("/api/answer").param("q", "火星上有图书馆吗？"))
                .hasStatusOk()
                .bodyJson().extractingPath("$.answered").isEqualTo(false);
    }

    @Test
    void searchesWithTheDateRangePlaceAndPageAsGiven() {
        given(search.searchArticles(any())).willReturn(subsidySearchResults());

        assertThat(mvc.get().uri("/api/search").param("q", "补贴").param("from", "2023-11-01")
                .param("to", "2023-11-30").param("place", "川汇区").param("page", "2"))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"total": 12, "page": 1, "page_size": 10,
                         "matches": [{"article_id": "000_8d4900da70319227-06-e65b1693", "highlight": ["补贴"]}]}
                        """);
        ArgumentCaptor<ArticleQuery> query = ArgumentCaptor.forClass(ArticleQuery.class);
        verify(search).searchArticles(query.capture());
        assertThat(query.getValue()).isEqualTo(new ArticleQuery("补贴", LocalDate.of(2023, 11, 1),
                LocalDate.of(2023, 11, 30), "川汇区", 2, 10));
    }

    @Test
    void searchesEverythingFromPageOneWithoutParameters() {
        given(search.searchArticles(any())).willReturn(subsidySearchResults());

        assertThat(mvc.get().uri("/api/search")).hasStatusOk();
        verify(search).searchArticles(new ArticleQuery("", null, null, null, 1, 10));
    }

    @Test
    void showsTheWholeArticleWithWhereItWasPrinted() {
        given(answers.article(GRADUATE_SUBSIDY_ID)).willReturn(Optional.of(graduateSubsidyArticle()));

        assertThat(mvc.get().uri("/api/articles/{id}", GRADUATE_SUBSIDY_ID))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"id": "000_8d4900da70319227-06-e65b1693", "date": "2023-11-03", "page": 1,
                         "source": "000_8d4900da70319227.txt", "kind": "news",
                         "paragraphs": ["本报讯 近日，我市向困难毕业生发放求职创业补贴963.6万元。补贴标准为每人2000元，一次性发放。",
                                        "据悉，补贴资金已通过银行代发。"]}
                        """);
    }

    @Test
    void listsPageFilesWithDatePageArticleCountAndStatus() {
        given(maintenance.pages()).willReturn(indexedAndSkippedPages());

        assertThat(mvc.get().uri("/api/pages"))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        [{"file": "000_8d4900da70319227.txt", "date": "2023-11-03", "page": 1, "articles": 8,
                          "state": "INDEXED"},
                         {"file": "empty.txt", "articles": 0, "state": "SKIPPED", "reason": "the file is empty"}]
                        """);
    }

    @Nested
    class BadRequests {

        @Test
        void aMissingQuestionIsAProblemNotAnAnswer() {
            assertThat(mvc.get().uri("/api/answer"))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.detail").asString().contains("'q'");
            verifyNoInteractions(answers);
        }

        @Test
        void aBlankQuestionIsAProblemNamingQ() {
            assertThat(mvc.get().uri("/api/answer").param("q", "   "))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson().extractingPath("$.parameter").isEqualTo("q");
            verifyNoInteractions(answers);
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                from | 2024-13-01 | from must be a date like 2023-11-03, was '2024-13-01'
                to   | 2024-02-30 | to must be a date like 2023-11-03, was '2024-02-30'
                page | 0          | page must be 1 or more, was 0
                page | abc        | page must be a whole number, was 'abc'
                size | 101        | size must be 1 to 100, was 101
                """)
        void aBadSearchParameterIsA400SayingWhichAndWhy(String parameter, String value, String message) {
            assertThat(mvc.get().uri("/api/search").param(parameter, value))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().isLenientlyEqualTo("""
                            {"status": 400, "parameter": "%s", "detail": "%s"}
                            """.formatted(parameter, message));
            verifyNoInteractions(search);
        }

        @Test
        void aDateRangeThatEndsBeforeItStartsIsA400() {
            assertThat(mvc.get().uri("/api/search").param("from", "2024-03-01").param("to", "2024-01-01"))
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson().extractingPath("$.parameter").isEqualTo("to");
        }
    }

    @Nested
    class Missing {

        @Test
        void anUnknownArticleIsA404Problem() {
            given(answers.article("gone")).willReturn(Optional.empty());

            assertThat(mvc.get().uri("/api/articles/gone"))
                    .hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().isLenientlyEqualTo("""
                            {"status": 404, "title": "Article not found", "article_id": "gone"}
                            """);
        }
    }

    @Nested
    class Failures {

        @Test
        void anUnexpectedErrorIsA500ProblemWithoutInternals() {
            given(answers.answer(anyString())).willThrow(new IllegalStateException("index reader closed at /secret/path"));

            assertThat(mvc.get().uri("/api/answer").param("q", "问题"))
                    .hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyText().doesNotContain("/secret/path").doesNotContain("IllegalStateException")
                    .doesNotContain("at newsdesk.");
        }
    }
}
