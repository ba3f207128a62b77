package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerFixtures;
import newsdesk.answer.ConversationFixtures;
import newsdesk.answer.Conversations;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Follow-up questions through the JSON API and the page, answered from the real index of the sample pages. */
@WebMvcTest({ApiController.class, HomeController.class})
@Import({ConversationsOnTheWebTests.RealAnswers.class, VisitorConversations.class})
class ConversationsOnTheWebTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class RealAnswers {

        /** Shared with the other tests; Spring must not close it, hence no destroy method. */
        @Bean(destroyMethod = "")
        SearchService sampleIndex() {
            return SearchFixtures.samplePages();
        }

        @Bean
        AnswerEngine answers(SearchService sampleIndex) {
            return AnswerFixtures.over(sampleIndex);
        }

        @Bean
        Conversations conversations(AnswerEngine answers, SearchService sampleIndex) {
            return ConversationFixtures.over(answers, sampleIndex);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    IndexMaintenance maintenance;

    private MvcTestResult ask(String question, String conversation) {
        return mvc.get().uri("/api/answer").param("q", question).param("conversation", conversation).exchange();
    }

    @Test
    void theApiAnswersTheSecondAndThirdQuestionsAboutTheFirst() {
        assertThat(ask("示范区三八妇女节表彰了多少个红旗集体", "api-three-turns")).hasStatusOk()
                .bodyJson().extractingPath("$.understood_as").isNull();

        MvcTestResult second = ask("巾帼建功标兵呢", "api-three-turns");
        assertThat(second).hasStatusOk().bodyJson().extractingPath("$.question").isEqualTo("巾帼建功标兵呢");
        assertThat(second).bodyJson().extractingPath("$.understood_as").asString().contains("示范区", "巾帼建功标兵");
        assertThat(second).bodyJson().extractingPath("$.answer").asString().contains("29名巾帼建功标兵");

        assertThat(ask("这是第几周年", "api-three-turns")).bodyJson().extractingPath("$.answer").asString()
                .contains("114周年");
    }

    @Test
    void withoutAConversationIdEveryQuestionIsTakenAsTyped() {
        ask("示范区三八妇女节表彰了多少个红旗集体", "someone-else");

        assertThat(mvc.get().uri("/api/answer").param("q", "巾帼建功标兵呢")).hasStatusOk()
                .bodyJson().extractingPath("$.understood_as").isNull();
    }

    @Test
    void forgettingTheConversationMakesTheNextQuestionStandAlone() {
        ask("示范区三八妇女节表彰了多少个红旗集体", "api-forget");

        assertThat(mvc.delete().uri("/api/conversations/api-forget")).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(ask("巾帼建功标兵呢", "api-forget")).bodyJson().extractingPath("$.understood_as").isNull();
    }

    @Test
    void aConversationIdThatIsTooLongOrHoldsOtherCharactersIsA400NamingIt() {
        assertThat(ask("巾帼建功标兵呢", "x".repeat(65))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.parameter").isEqualTo("conversation");
        assertThat(ask("巾帼建功标兵呢", "a b/c")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void thePageKeepsOneConversationPerVisitorShowsTheReadingAndForgetsItOnTheButton() {
        MvcTestResult first = mvc.get().uri("/").param("q", "示范区三八妇女节表彰了多少个红旗集体").exchange();
        Cookie visitor = first.getResponse().getCookie(VisitorConversations.COOKIE);
        assertThat(visitor).isNotNull();
        assertThat(visitor.isHttpOnly()).isTrue();
        assertThat(first).bodyText().contains("忘掉之前的问题").doesNotContain("理解为");

        assertThat(mvc.get().uri("/").param("q", "巾帼建功标兵呢").cookie(visitor)).hasStatusOk()
                .bodyText().contains("理解为：", "29名巾帼建功标兵");
        assertThat(mvc.get().uri("/").param("q", "巾帼建功标兵呢")).bodyText()
                .as("another visitor, without the cookie").doesNotContain("理解为");

        assertThat(mvc.post().uri("/conversation/reset").cookie(visitor)).hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/?reset");
        assertThat(mvc.get().uri("/").param("q", "巾帼建功标兵呢").cookie(visitor)).bodyText()
                .doesNotContain("理解为");
    }
}
