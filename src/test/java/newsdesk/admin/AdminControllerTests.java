package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import newsdesk.ingest.IngestProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestHeader;

@WebMvcTest(AdminController.class)
@Import(AdminWebConfiguration.class)
@EnableConfigurationProperties({AdminProperties.class, IngestProperties.class})
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
        return new RefreshJob("job-1", RefreshJob.State.QUEUED, Instant.parse("2026-11-23T10:00:00Z"), null, 0, 0, 0,
                null,
                List.of(), null, null, null);
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
        given(uploads.store(any(), any(), anyInt(), anyBoolean())).willReturn("2023-11-04_01.txt");
        given(jobs.start("2023-11-04_01.txt")).willReturn(queuedJob());
        MockMultipartFile page = new MockMultipartFile("file", "page.txt", "text/plain",
                "本报讯（记者 李凤霞）11月3日，市政府召开常务会议。".getBytes(StandardCharsets.UTF_8));

        assertThat(mvc.post().uri("/api/admin/pages").multipart().file(page).param("date", "2023-11-04").param("page", "1")
                .header(HttpHeaders.AUTHORIZATION, GOOD))
                .hasStatus(HttpStatus.ACCEPTED);
        then(uploads).should().store(page.getBytes().clone(), LocalDate.of(2023, 11, 4), 1, false);
    }

    @Test
    void jobShowsItsProgress() {
        given(jobs.job("job-1")).willReturn(Optional.of(queuedJob().running().progressed(new RefreshActivity(true, 5, 3, 0, Instant.now(), null, 0, 0))));

        assertThat(mvc.get().uri("/api/admin/jobs/job-1").header(HttpHeaders.AUTHORIZATION, GOOD))
                .hasStatusOk()
                .bodyJson().extractingPath("$.filesParsed").isEqualTo(3);
    }

    @Test
    void noHandlerChecksTheTokenItselfSoNoneCanForgetIt() {
        assertThat(Arrays.stream(AdminController.class.getDeclaredMethods())
                .flatMap(method -> Arrays.stream(method.getParameters()))
                .filter(parameter -> parameter.isAnnotationPresent(RequestHeader.class)))
                .isEmpty();
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

        @ParameterizedTest(name = "[{0}]")
        @ValueSource(strings = {"Bearer  s3cret-admin-token", "Bearer s3cret-admin-token ", "bearer s3cret-admin-token",
                "BEARER s3cret-admin-token", "Bearer\ts3cret-admin-token", "Bearer s3cret-admin-token junk",
                " Bearer s3cret-admin-token", "Bearer s3cret-admin-token\t", "Basic s3cret-admin-token",
                "s3cret-admin-token"})
        void theRightTokenInAnyOtherShapeThanBearerSpaceTokenIsUnauthorized(String authorization) {
            assertThat(mvc.post().uri("/api/admin/reindex").header(HttpHeaders.AUTHORIZATION, authorization))
                    .hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            then(jobs).should(never()).start();
        }

        @Test
        void everyAdminPathAsksForTheTokenEvenOneWithNoEndpoint() {
            assertThat(mvc.get().uri("/api/admin/nope")).hasStatus(HttpStatus.UNAUTHORIZED);
            assertThat(mvc.get().uri("/api/admin/jobs/job-1")).hasStatus(HttpStatus.UNAUTHORIZED);
            then(jobs).should(never()).job(any());
        }

        @Test
        void aRefusedTokenSaysWhichSchemeToUse() {
            assertThat(mvc.post().uri("/api/admin/reindex").header(HttpHeaders.AUTHORIZATION, "Bearer guess"))
                    .hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
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
            then(uploads).should(never()).store(any(), any(), anyInt(), anyBoolean());
        }
    }
}
