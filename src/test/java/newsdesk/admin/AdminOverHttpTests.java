package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import newsdesk.ingest.IngestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The admin endpoints in a real Tomcat with the web layer's error handling: what only a real server
 * shows, its multipart limit and the error page for paths no handler serves.
 */
@SpringBootTest(classes = AdminOverHttpTests.AdminLayer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.admin.token=s3cret-admin-token", "newsdesk.ingest.max-file-bytes=3145728",
                "management.endpoint.health.validate-group-membership=false"})
class AdminOverHttpTests {

    private static final String GOOD = "Bearer s3cret-admin-token";
    private static final String BOUNDARY = "newsdesk-test-boundary";

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableConfigurationProperties({AdminProperties.class, IngestProperties.class})
    @Import({AdminController.class, AdminWebConfiguration.class, PageUploads.class})
    // The web layer's request checks and problem rendering, package-private there, so found by name.
    @ComponentScan(basePackages = "newsdesk.web", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
            type = FilterType.REGEX, pattern = "newsdesk\\.web\\.(ApiProblems|ErrorPages|UndecodableParametersFilter)"))
    static class AdminLayer {
    }

    @TempDir
    static Path pagesDir;

    @DynamicPropertySource
    static void pagesFolder(DynamicPropertyRegistry registry) {
        registry.add("newsdesk.ingest.pages-dir", pagesDir::toString);
        registry.add("newsdesk.ingest.manifest", () -> pagesDir.resolve("manifest.csv").toString());
    }

    @LocalServerPort
    int port;

    @MockitoBean
    RefreshJobs jobs;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aPageOverOneMegabyteButUnderThePageCapIsAccepted() throws Exception {
        given(jobs.start(any())).willReturn(RefreshJob.queued("job-1", "2023-11-04_01.txt"));

        HttpResponse<String> response = upload(page(2 * 1024 * 1024), "2023-11-04", 1);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void aPageOverThePageCapIsA413ProblemNamingTheLimit() throws Exception {
        HttpResponse<String> response = upload(page(3 * 1024 * 1024 + 1), "2023-11-04", 2);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("3145728 bytes", "\"max_bytes\":3145728",
                "\"instance\":\"/api/admin/pages\"");
    }

    @Test
    void anAdminPathWithNoEndpointAsksForTheTokenFirstThenIsA404Problem() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/admin/nope")).GET());
        HttpResponse<String> admin = send(HttpRequest.newBuilder(uri("/api/admin/nope")).header("Authorization", GOOD).GET());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(anonymous.body()).contains("\"status\":401", "missing admin token");
        assertThat(admin.statusCode()).isEqualTo(404);
        assertThat(admin.body()).contains("\"status\":404", "\"instance\":\"/api/admin/nope\"");
    }

    private static byte[] page(int bytes) {
        byte[] text = new byte[bytes];
        Arrays.fill(text, (byte) 'a');
        return text;
    }

    private HttpResponse<String> upload(byte[] file, String date, int page) throws IOException, InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (List<String> field : List.of(List.of("date", date), List.of("page", Integer.toString(page)))) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.get(0) + "\"\r\n\r\n"
                    + field.get(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"page.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/admin/pages")).header("Authorization", GOOD)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
