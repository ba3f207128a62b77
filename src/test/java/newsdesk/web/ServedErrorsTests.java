package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.AnswerEngine;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Requests that fail before any controller runs, sent to a real Tomcat: what MockMvc cannot show,
 * because it neither decodes a query string nor dispatches to the error page the way Tomcat does.
 */
@SpringBootTest(classes = ServedErrorsTests.WebLayer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The index health indicator is not part of this slice.
        properties = "management.endpoint.health.validate-group-membership=false")
@ExtendWith(OutputCaptureExtension.class)
class ServedErrorsTests {

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import({ApiController.class, HomeController.class, ApiProblems.class, ErrorPages.class,
            UndecodableParametersFilter.class, EachQuestionAlone.class})
    static class WebLayer {
    }

    @LocalServerPort
    int port;

    @MockitoBean
    AnswerEngine answers;

    @MockitoBean
    SearchService search;

    @MockitoBean
    IndexMaintenance maintenance;

    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void corpusWithPlaces() {
        given(answers.summary()).willReturn(WebFixtures.samplePagesSummary());
        given(search.places()).willReturn(List.of("川汇区"));
    }

    @Test
    void anUndecodableQuestionIsA400ProblemLoggedInOneLine(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get("/api/answer?q=%FF%FE", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":400", "\"instance\":\"/api/answer\"");
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void anUndecodableSearchIsA400ProblemToo(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get("/api/search?q=%FF%FE", "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void anUndecodableQuestionOnThePageIsAFriendly400Page(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get("/?q=%FF%FE", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html", "网址无法识别", "返回提问与搜索");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void anUndecodableArticleSearchOnThePageIsAFriendly400Page(CapturedOutput output) throws Exception {
        HttpResponse<String> response = get("/?s=%FF%FE", "text/html");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void anUnknownApiPathIsA404ProblemLikeEveryOtherApiError() throws Exception {
        for (String path : List.of("/api/nope", "/api/admin/nope")) {
            HttpResponse<String> response = get(path, "*/*");

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("\"status\":404", "\"instance\":\"" + path + "\"")
                    .doesNotContain("timestamp");
        }
    }

    @Test
    void anUnknownPageIsStillTheFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/nope", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("页面不存在");
    }

    private HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Accept", accept).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
