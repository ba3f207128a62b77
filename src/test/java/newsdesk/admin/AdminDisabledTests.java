package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import newsdesk.ingest.IngestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Without NEWSDESK_ADMIN_TOKEN the admin endpoints do not exist for anyone, whatever token is sent. */
@WebMvcTest(AdminController.class)
@Import(AdminWebConfiguration.class)
@EnableConfigurationProperties({AdminProperties.class, IngestProperties.class})
class AdminDisabledTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RefreshJobs jobs;

    @MockitoBean
    PageUploads uploads;

    @Test
    void reindexIsNotFoundAndStartsNothing() {
        assertThat(mvc.post().uri("/api/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer "))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.detail").asString().contains("NEWSDESK_ADMIN_TOKEN");
        then(jobs).should(never()).start();
    }
}
