package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.PageProblem;
import newsdesk.search.IndexSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Uploading pages as an admin does it: the real upload store on a temporary pages folder and the real
 * job list, with the refresh itself stood in for and run at once, so the answer shows the finished job.
 */
@WebMvcTest(AdminController.class)
@Import({AdminWebConfiguration.class, PageUploads.class, RefreshJobs.class, PageUploadTests.RunAtOnce.class})
@EnableConfigurationProperties({AdminProperties.class, IngestProperties.class})
@TestPropertySource(properties = "newsdesk.admin.token=s3cret-admin-token")
class PageUploadTests {

    private static final String GOOD = "Bearer s3cret-admin-token";
    private static final String FILE = "2023-11-04_01.txt";

    @TempDir
    static Path pagesDir;

    @TestConfiguration(proxyBeanMethods = false)
    static class RunAtOnce {
        @Bean(AdminConfiguration.REFRESH_EXECUTOR)
        TaskExecutor refreshExecutor() {
            return new SyncTaskExecutor();
        }
    }

    @DynamicPropertySource
    static void pagesFolder(DynamicPropertyRegistry registry) {
        registry.add("newsdesk.ingest.pages-dir", pagesDir::toString);
        registry.add("newsdesk.ingest.manifest", () -> pagesDir.resolve("manifest.csv").toString());
    }

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    IndexMaintenance maintenance;

    /** The embedding after each refresh job: not what these tests are about. */
    @MockitoBean
    BackgroundVectors vectors;

    private static MockMultipartFile page(String text) {
        return new MockMultipartFile("file", "page.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private static RefreshReport skipping(String file, String reason) {
        return new RefreshReport(List.of(), List.of(), List.of(), List.of(),
                List.of(new PageProblem(pagesDir.resolve(file), reason)), 0, new IndexSummary(0, 0, 0, false, 0), 0,
                false, 0, 0);
    }

    private static RefreshReport addingNothing() {
        return new RefreshReport(List.of(), List.of(), List.of(), List.of(), List.of(), 0,
                new IndexSummary(0, 0, 0, false, 0), 0, false, 0, 0);
    }

    private MockMvcTester.MockMultipartMvcRequestBuilder upload(MockMultipartFile file, String date, String page) {
        return mvc.post().uri("/api/admin/pages").multipart().file(file).param("date", date).param("page", page)
                .header(HttpHeaders.AUTHORIZATION, GOOD);
    }

    @Test
    void anUploadForADateAndPageAlreadyThereIsAConflictAndKeepsTheOldPage() throws IOException {
        Files.deleteIfExists(pagesDir.resolve("2023-11-05_02.txt"));
        given(maintenance.refresh(any())).willReturn(addingNothing());
        assertThat(upload(page("第一版"), "2023-11-05", "2")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(upload(page("第二版"), "2023-11-05", "2"))
                .hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("2023-11-05_02.txt", "replace=true");
        assertThat(Files.readString(pagesDir.resolve("2023-11-05_02.txt"))).isEqualTo("第一版");
    }

    @Test
    void aPagePdfIsStoredAsAPdfAndIsTheSamePageAsATextFileOfItsDateAndPage() throws IOException {
        Files.deleteIfExists(pagesDir.resolve("2023-11-07_04.pdf"));
        Files.deleteIfExists(pagesDir.resolve("2023-11-07_04.txt"));
        given(maintenance.refresh(any())).willReturn(addingNothing());
        MockMultipartFile pdf = new MockMultipartFile("file", "page4.pdf", "application/pdf",
                "%PDF-1.7\n%…\n".getBytes(StandardCharsets.UTF_8));

        assertThat(upload(pdf, "2023-11-07", "4")).hasStatus(HttpStatus.ACCEPTED);
        assertThat(pagesDir.resolve("2023-11-07_04.pdf")).exists();
        assertThat(upload(page("文字版"), "2023-11-07", "4"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.detail").asString().contains("2023-11-07_04.pdf");

        assertThat(upload(page("文字版"), "2023-11-07", "4").param("replace", "true")).hasStatus(HttpStatus.ACCEPTED);
        assertThat(pagesDir.resolve("2023-11-07_04.txt")).hasContent("文字版");
        assertThat(pagesDir.resolve("2023-11-07_04.pdf")).as("one file per page").doesNotExist();
    }

    @Test
    void scannedPagesAreStoredByWhatTheirBytesAreAndAreTheSamePageAsAPdfOfTheirDateAndPage() throws IOException {
        for (String ext : List.of("txt", "pdf", "png", "jpg", "tif")) {
            Files.deleteIfExists(pagesDir.resolve("2023-11-08_05." + ext));
        }
        given(maintenance.refresh(any())).willReturn(addingNothing());
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        byte[] tiff = {'M', 'M', 0, '*', 0, 0, 0, 8};

        assertThat(upload(new MockMultipartFile("file", "scan.png", "image/png", jpeg), "2023-11-08", "5"))
                .hasStatus(HttpStatus.ACCEPTED);
        assertThat(pagesDir.resolve("2023-11-08_05.jpg")).as("told by its bytes, not its name").exists();
        assertThat(upload(new MockMultipartFile("file", "scan.tif", "image/tiff", tiff), "2023-11-08", "5"))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().extractingPath("$.detail").asString().contains("2023-11-08_05.jpg");

        assertThat(upload(new MockMultipartFile("file", "scan.tif", "image/tiff", tiff), "2023-11-08", "5")
                .param("replace", "true")).hasStatus(HttpStatus.ACCEPTED);
        assertThat(pagesDir.resolve("2023-11-08_05.tif")).exists();
        assertThat(pagesDir.resolve("2023-11-08_05.jpg")).as("one file per page").doesNotExist();
    }

    @Test
    void replaceTrueReplacesAPageAlreadyThere() throws IOException {
        Files.deleteIfExists(pagesDir.resolve("2023-11-06_03.txt"));
        given(maintenance.refresh(any())).willReturn(addingNothing());
        assertThat(upload(page("第一版"), "2023-11-06", "3")).hasStatus(HttpStatus.ACCEPTED);

        assertThat(upload(page("更正版"), "2023-11-06", "3").param("replace", "true")).hasStatus(HttpStatus.ACCEPTED);
        assertThat(Files.readString(pagesDir.resolve("2023-11-06_03.txt"))).isEqualTo("更正版");
    }

    @Test
    void aBinaryUploadEndsInAJobThatSaysThePageWasSkippedAndWhy() throws IOException {
        Files.deleteIfExists(pagesDir.resolve(FILE));
        given(maintenance.refresh(any())).willReturn(skipping(FILE, "holds binary data, not text"));
        // No format NewsDesk knows by its first bytes (not PDF, PNG, JPEG or TIFF): stored as text, refused as binary.
        MockMultipartFile binary = new MockMultipartFile("file", "data.bin", "application/octet-stream",
                new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0});

        assertThat(upload(binary, "2023-11-04", "1"))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson().isLenientlyEqualTo("""
                        {"state": "SKIPPED", "page": "%s"}
                        """.formatted(FILE))
                .extractingPath("$.error").asString().contains(FILE, "holds binary data, not text");
    }

    @Test
    void aJobNamesSkippedFilesWithoutTheServersFolders() throws IOException {
        Files.deleteIfExists(pagesDir.resolve(FILE));
        given(maintenance.refresh(any())).willReturn(skipping(FILE, "holds binary data, not text"));

        assertThat(upload(page("x"), "2023-11-04", "1"))
                .bodyText().doesNotContain(pagesDir.toString()).contains("\"skipped\":[{\"file\":\"" + FILE + "\"");
    }

    @Test
    void anotherFileSkippedByTheRefreshDoesNotMakeTheUploadSkipped() throws IOException {
        Files.deleteIfExists(pagesDir.resolve("2023-11-07_01.txt"));
        given(maintenance.refresh(any())).willReturn(skipping("old-broken.txt", "the file is empty"));

        assertThat(upload(page("本报讯 市政府召开常务会议。"), "2023-11-07", "1"))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson().isLenientlyEqualTo("""
                        {"state": "SUCCEEDED", "skipped": [{"file": "old-broken.txt", "reason": "the file is empty"}]}
                        """);
    }

    @Test
    void aRefusedUploadStartsNoRefresh() {
        assertThat(upload(page(""), "2023-11-08", "1")).hasStatus(HttpStatus.BAD_REQUEST);
        then(maintenance).should(never()).refresh(any());
    }
}
