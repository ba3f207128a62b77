package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.Mockito.mock;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import javax.imageio.ImageIO;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.task.SyncTaskExecutor;

/**
 * What an admin sees after sending something that is not page text: a binary, which is skipped, or a scanned
 * page, which is read by OCR in the refresh job (the job's report says so) and comes from the OCR cache when a
 * later refresh reads the page again (its manifest changed). The real upload, ingest, OCR engine, index and job.
 */
class BinaryUploadTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path pagesDir;
    @TempDir
    Path indexDir;

    private SearchService search;
    private PageUploads uploads;
    private RefreshJobs jobs;

    @BeforeEach
    void emptyPagesFolderAndIndex() {
        search = SearchFixtures.withoutIndex(indexDir);
        IndexMaintenance maintenance = new IndexMaintenance(SamplePages.ingestServiceFor(pagesDir),
                SamplePages.propertiesFor(pagesDir), search, event -> { });
        uploads = new PageUploads(SamplePages.propertiesFor(pagesDir), (file, content) -> Files.write(file, content));
        jobs = new RefreshJobs(maintenance, mock(BackgroundVectors.class), new SyncTaskExecutor());
    }

    @AfterEach
    void close() throws Exception {
        search.close();
    }

    @Test
    void aBrokenPngIsStoredAsAScanAndEndsInASkippedJobThatSaysItIsNotAPageImage() {
        String stored = uploads.store(PNG, LocalDate.of(2023, 11, 4), 1, false);

        RefreshJob job = jobs.start(stored);

        assertThat(stored).isEqualTo("2023-11-04_01.png");
        assertThat(job.state()).isEqualTo(RefreshJob.State.SKIPPED);
        assertThat(job.error()).startsWith("2023-11-04_01.png was not indexed: not a page image: cannot be decoded");
        assertThat(job.skipped()).extracting(RefreshJob.Skipped::file).containsExactly("2023-11-04_01.png");
    }

    @Test
    void randomBytesSentAsAPageEndInASkippedJob() {
        byte[] noise = new byte[4096];
        new Random(10).nextBytes(noise);
        String stored = uploads.store(noise, LocalDate.of(2023, 11, 5), 1, false);

        assertThat(jobs.start(stored).state()).isEqualTo(RefreshJob.State.SKIPPED);
    }

    @Test
    void anUploadedScanIsReadByOcrInItsJobAndFromTheCacheWhenItIsReadAgain() throws Exception {
        String stored = uploads.store(scan("本报讯（记者 韩志刚）市政府召开常务会议。"), LocalDate.of(2023, 11, 9), 1, false);

        RefreshJob first = jobs.start(stored);
        Files.writeString(pagesDir.resolve("manifest.csv"), "file,date,date_inferred,page,edition,section,note\n"
                + stored + ",2023-11-09,false,1,,要闻,\n");
        RefreshJob again = jobs.start();

        assertThat(stored).isEqualTo("2023-11-09_01.png");
        assertThat(first.state()).isEqualTo(RefreshJob.State.SUCCEEDED);
        assertThat(first.report()).isNotNull();
        assertThat(first.report().imagesRecognised()).isEqualTo(1);
        assertThat(again.report()).isNotNull();
        assertThat(again.report().replaced()).containsExactly(stored);
        assertThat(again.report().imagesRecognised()).isZero();
        assertThat(again.report().imagesFromCache()).isEqualTo(1);
        assertThat(search.articlesOf(stored)).singleElement()
                .satisfies(article -> assertThat(article.body()).contains("常务会议"));
    }

    /** A small page image with one line of text on it, as a PNG. */
    private static byte[] scan(String line) throws IOException, FontFormatException {
        assumeTrue(Files.isRegularFile(FONT), "no CJK font to draw the scan with: install fonts-wqy-zenhei");
        BufferedImage image = new BufferedImage(900, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(32f));
        g.drawString(line, 40, 200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
