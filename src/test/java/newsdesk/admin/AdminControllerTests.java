package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(AdminController.class)
@Import(AdminTokenGuard.class)
@EnableConfigurationProperties(AdminProperties.class)
@TestPropertySource(properties = "newsdesk.admin.token=s3cret-admin-token")
class AdminControllerTests {

    private static final String GOOD = "Bearer s3cret-admin-token";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RefreshJobs jobs;

    @MockitoBean
    PageUploads uploads;

    private static RefreshJob queuedJob() {
        return new RefreshJob("job-1", RefreshJob.State.QUEUED, Instant.parse("2026-11-23T10:00:00Z"), null, 0, null, null);
    }

    @Test
    void reindexWithTheTokenStartsAJobAndSaysWhereToFollowIt() {
        given(jobs.start()).willReturn(queuedJob());

        assertThat(mvc.post().uri("/api/admin/reindex").header(HttpHeaders.AUTHORIZATION, GOOD))
                .hasStatus(HttpStatus.ACCEPTED)
                .hasHeader(HttpHeaders.LOCATION, "/api/admin/jobs/job-1")
                .bodyJson().extractingPath("$.state").isEqualTo("QUEUED");
    }

    @Test
    void uploadStoresThePageUnderItsDateAndPageThenRefreshes() throws Exception {
        given(uploads.store(any(), any(), anyInt())).willReturn("2023-11-04_01.txt");
        given(jobs.start()).willReturn(queuedJob());
        MockMultipartFile page = new MockMultipartFile("file", "page.txt", "text/plain",
                "本报讯（记者 李凤霞）11月3日，市政府召开常务会议。".getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post().uri("/api/admin/pages").multipart().file(page).param("date", "2023-11-04").param("page", "1")
                .header(HttpHeaders.AUTHORIZATION, GOOD))
                .hasStatus(HttpStatus.ACCEPTED);
        then(uploads).should().store(page.getBytes().clone(), LocalDate.of(2023, 11, 4), 1);
    }

    @Test
    void jobShowsItsProgress() {
        given(jobs.job("job-1")).willReturn(Optional.of(queuedJob().running().progressed(3)));

        assertThat(mvc.get().uri("/api/admin/jobs/job-1").header(HttpHeaders.AUTHORIZATION, GOOD))
                .hasStatusOk()
                .bodyJson().extractingPath("$.filesParsed").isEqualTo(3);
    }

    @Nested
    class Refused {

        @Test
        void missingTokenIsUnauthorizedAndStartsNothing() {
            assertThat(mvc.post().uri("/api/admin/reindex"))
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .bodyJson().extractingPath("$.detail").asString().contains("missing admin token");
            then(jobs).should(never()).start();
        }

        @Test
        void wrongTokenIsUnauthorizedAndStartsNothing() {
            assertThat(mvc.post().uri("/api/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer guess"))
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .bodyJson().extractingPath("$.detail").isEqualTo("wrong admin token");
            then(jobs).should(never()).start();
        }

        @Test
        void unknownJobIsNotFound() {
            given(jobs.job("nope")).willReturn(Optional.empty());

            assertThat(mvc.get().uri("/api/admin/jobs/nope").header(HttpHeaders.AUTHORIZATION, GOOD))
                    .hasStatus(HttpStatus.NOT_FOUND);
        }

        @Test
        void uploadWithABadDateIsABadRequest() {
            MockMultipartFile page = new MockMultipartFile("file", "page.txt", "text/plain", new byte[] {'x'});

            assertThat(mvc.post().uri("/api/admin/pages").multipart().file(page).param("date", "2023-13-40")
                    .param("page", "1").header(HttpHeaders.AUTHORIZATION, GOOD))
                    .hasStatus(HttpStatus.BAD_REQUEST);
            then(uploads).should(never()).store(any(), any(), anyInt());
        }
    }
}
