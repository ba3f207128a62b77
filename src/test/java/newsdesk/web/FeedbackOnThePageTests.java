package newsdesk.web;

import static newsdesk.web.WebFixtures.GRADUATE_SUBSIDY_ID;
import static newsdesk.web.WebFixtures.graduateSubsidyAnswer;
import static newsdesk.web.WebFixtures.samplePagesSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import jakarta.servlet.http.Cookie;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.admin.AdminProperties;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.AnswerEngine;
import newsdesk.feedback.FeedbackStorage;
import newsdesk.ingest.IngestProperties;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * 👍 / 👎 on the page, with the real question log in the test's folder behind it: a plain form post (no
 * JavaScript), stored with the question it rates, and given back by the admin export.
 */
@SpringBootTest(classes = FeedbackOnThePageTests.PageWithQuestionLog.class,
        properties = {"newsdesk.admin.token=s3cret-admin-token", "newsdesk.telegram.token=",
                "management.endpoint.health.validate-group-membership=false"})
@AutoConfigureMockMvc
class FeedbackOnThePageTests {

    private static final String ADMIN = "Bearer s3cret-admin-token";
    private static final Pattern QUESTION_FIELD = Pattern.compile("name=\"question\" value=\"([0-9a-f-]{36})\"");

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableConfigurationProperties({AdminProperties.class, IngestProperties.class})
    @Import({HomeController.class, FeedbackController.class, ApiController.class, EachQuestionAlone.class})
    // The question log's and the admin guard's configurations, package-private there, so found by name.
    @ComponentScan(basePackages = {"newsdesk.feedback", "newsdesk.admin", "newsdesk.web"}, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern =
                    "newsdesk\\.(feedback\\.(StorageConfiguration|FeedbackAdminController)|admin\\.AdminWebConfiguration|web\\.ApiProblems)"))
    static class PageWithQuestionLog {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void questionLogInTheTestsFolder(DynamicPropertyRegistry registry) {
        for (String property : FeedbackStorage.properties(folder)) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AnswerEngine answers;

    @MockitoBean
    SearchService search;

    @MockitoBean
    IndexMaintenance maintenance;

    @BeforeEach
    void theGraduateSubsidyIsAnswered() {
        given(answers.summary()).willReturn(samplePagesSummary());
        given(search.places()).willReturn(List.of());
        given(answers.answer("困难毕业生补贴每人多少钱？")).willReturn(graduateSubsidyAnswer());
    }

    @Test
    void aThumbsDownWithAReasonFromThePageIsStoredWithItsQuestionAndExported() {
        MvcTestResult page = mvc.get().uri("/").param("q", "困难毕业生补贴每人多少钱？").exchange();
        assertThat(page).hasStatusOk().bodyText().contains("<form class=\"rate\" method=\"post\" action=\"/feedback\"",
                "name=\"rating\" value=\"up\"", "name=\"rating\" value=\"down\"", "name=\"reason\"");
        Cookie visitor = page.getResponse().getCookie(VisitorConversations.COOKIE);
        String questionId = questionId(page);

        assertThat(mvc.post().uri("/feedback").cookie(visitor).param("question", questionId)
                .param("rating", "down").param("reason", "电话号码没写"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/?rated=thanks#rated");

        assertThat(mvc.get().uri("/api/admin/feedback").header("Authorization", ADMIN).param("format", "jsonl"))
                .hasStatusOk()
                .bodyText()
                .contains("\"question_id\":\"" + questionId + "\"", "\"question\":\"困难毕业生补贴每人多少钱？\"",
                        "\"rating\":\"down\"", "\"reason\":\"电话号码没写\"", "\"channel\":\"web\"",
                        "\"article_ids\":[\"" + GRADUATE_SUBSIDY_ID + "\"]");
        assertThat(mvc.get().uri("/api/admin/feedback").header("Authorization", ADMIN).param("format", "csv"))
                .hasStatusOk()
                .bodyText()
                .startsWith("question_id,asked_at,channel,question").contains(questionId + ",", "电话号码没写");
    }

    @Test
    void theThanksIsShownOnThePageWithoutAskingTheQuestionAgain() {
        assertThat(mvc.get().uri("/").param("rated", "thanks")).hasStatusOk().bodyText()
                .contains("谢谢你的评价！").doesNotContain("id=\"answer\"");
    }

    @Test
    void aRatingFromSomeoneWhoDidNotAskTheQuestionIsNotTaken() {
        MvcTestResult page = mvc.get().uri("/").param("q", "困难毕业生补贴每人多少钱？").exchange();
        String questionId = questionId(page);

        assertThat(mvc.post().uri("/feedback").param("question", questionId).param("rating", "up"))
                .hasRedirectedUrl("/?rated=expired#rated");
        assertThat(mvc.post().uri("/feedback").cookie(new Cookie(VisitorConversations.COOKIE, "someone-else"))
                .param("question", questionId).param("rating", "up"))
                .hasRedirectedUrl("/?rated=expired#rated");
        assertThat(mvc.get().uri("/api/admin/feedback").header("Authorization", ADMIN))
                .hasStatusOk().bodyText().doesNotContain(questionId);
    }

    @Test
    void aRatingThatIsNeitherUpNorDownIsRefusedWithAClearWord() {
        assertThat(mvc.post().uri("/feedback").param("question", "x").param("rating", "meh"))
                .hasRedirectedUrl("/?rated=invalid#rated");
        assertThat(mvc.get().uri("/").param("rated", "invalid")).bodyText().contains("请用回答下面的 👍 或 👎 按钮");
    }

    @Test
    void theExportNeedsTheAdminTokenAndSaysWhatIsWrongWithABadDayOrFormat() {
        assertThat(mvc.get().uri("/api/admin/feedback")).hasStatus(401);
        assertThat(mvc.get().uri("/api/admin/feedback").header("Authorization", ADMIN).param("since", "yesterday"))
                .hasStatus(400).bodyText().contains("since must be a day such as 2026-11-30");
        assertThat(mvc.get().uri("/api/admin/feedback").header("Authorization", ADMIN).param("format", "xml"))
                .hasStatus(400).bodyText().contains("format must be one of csv, jsonl");
    }

    private static String questionId(MvcTestResult page) {
        String html;
        try {
            html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
        Matcher field = QUESTION_FIELD.matcher(html);
        assertThat(field.find()).as("the page has the rating form's question field").isTrue();
        return field.group(1);
    }
}
