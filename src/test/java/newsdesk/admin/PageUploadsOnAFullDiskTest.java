package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import newsdesk.ingest.IngestProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;

/** A full disk simulated by a writer that gives up half-way, as the file system does; the real disk stays untouched. */
class PageUploadsOnAFullDiskTest {

    private static final byte[] PAGE = "本报讯 市政府召开常务会议。".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path pagesDir;

    private final PageWriter fullDisk = (file, content) -> {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content, 0, content.length / 2);
            throw new IOException("No space left on device");
        }
    };

    private IngestProperties pages() {
        return new IngestProperties(pagesDir, pagesDir.resolve("manifest.csv"), 10_485_760, 20_000, 64,
                pagesDir.resolve("ocr-cache"), 40_000_000, 200, 1, 2400, 200);
    }

    private Stream<Path> partFiles() throws IOException {
        return Files.list(pagesDir).filter(file -> file.getFileName().toString().endsWith(".part"));
    }

    @Test
    void anUploadThatFillsTheDiskLeavesNoHalfWrittenFileBehind() throws IOException {
        PageUploads uploads = new PageUploads(pages(), fullDisk);

        Throwable refused = catchThrowable(() -> uploads.store(PAGE, LocalDate.of(2023, 11, 4), 1, false));

        assertThat(partFiles()).isEmpty();
        assertThat(pagesDir.resolve("2023-11-04_01.txt")).doesNotExist();
        assertThat(refused).isInstanceOf(ErrorResponse.class);
    }

    @Test
    void anUploadThatFillsTheDiskTellsTheAdminTheDiskIsFull() {
        PageUploads uploads = new PageUploads(pages(), fullDisk);

        ErrorResponse refused = (ErrorResponse) catchThrowable(
                () -> uploads.store(PAGE, LocalDate.of(2023, 11, 4), 1, false));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.INSUFFICIENT_STORAGE);
        assertThat(refused.getBody().getDetail()).contains("磁盘空间不足 / No space left on device");
    }

    @Test
    void anUploadThatFailsKeepsThePageThatWasThere() throws IOException {
        Files.writeString(pagesDir.resolve("2023-11-04_01.txt"), "原来的版面");
        PageUploads uploads = new PageUploads(pages(), fullDisk);

        catchThrowable(() -> uploads.store(PAGE, LocalDate.of(2023, 11, 4), 1, true));

        assertThat(pagesDir.resolve("2023-11-04_01.txt")).hasContent("原来的版面");
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void uploadsLeftHalfWrittenByACrashAreRemovedAtStartAndNothingElse() throws IOException {
        Files.writeString(pagesDir.resolve(".upload-123456.part"), "半个版面");
        Files.writeString(pagesDir.resolve("2023-11-04_01.txt"), "版面");
        PageUploads uploads = new PageUploads(pages(), (file, content) -> Files.write(file, content));

        uploads.removeLeftovers();

        assertThat(partFiles()).isEmpty();
        assertThat(pagesDir.resolve("2023-11-04_01.txt")).hasContent("版面");
    }
}
