package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image that is not a page is reported by name with its reason and skipped before OCR sees it;
 * the other pages still come out. None of these reaches the engine, which the count shows.
 */
class BadScanPagesTest {

    @TempDir
    Path pages;

    private final CountingOcr ocr = new CountingOcr(IngestFixtures.OCR);
    private IngestService ingest;

    @BeforeEach
    void goodPageBesideTheBadOnes() throws IOException {
        Files.copy(IngestFixtures.samplePage(IngestFixtures.FRONT_PAGE), pages.resolve("good.txt"));
        IngestProperties defaults = IngestFixtures.properties(pages, pages.resolve("manifest.csv"));
        ingest = new IngestService(new IngestProperties(pages, pages.resolve("manifest.csv"), defaults.maxFileBytes(),
                defaults.maxLineChars(), defaults.maxPdfPages(), pages.resolve("ocr-cache"), 40_000_000,
                defaults.ocrDpi(), defaults.ocrThreads(), defaults.ocrDetectSide(), defaults.commitEveryFiles()), ocr);
    }

    @Test
    void imageTooSmallForAPageIsSkipped() throws IOException {
        ImageIO.write(withText(120, 90), "png", pages.resolve("icon.png").toFile());

        assertSkipped("icon.png", "not a page image: 120 x 90 pixels, too small for a page (at least 300 a side)");
    }

    @Test
    void blankImageIsSkipped() throws IOException {
        BufferedImage white = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, white.getWidth(), white.getHeight());
        g.dispose();
        ImageIO.write(white, "jpg", pages.resolve("empty.jpg").toFile());

        assertSkipped("empty.jpg", "not a page image: blank, no text on it");
    }

    @Test
    void fileNamedAsAnImageThatIsNoImageIsSkipped() throws IOException {
        Files.writeString(pages.resolve("notes.tif"), "本报讯（记者 韩志刚）这不是图片。");

        assertSkipped("notes.tif", "not a page image: not a PNG, JPEG or TIFF image that can be decoded");
    }

    @Test
    void imageBombIsRefusedFromItsHeaderBeforeItIsDecoded() throws IOException {
        Files.write(pages.resolve("bomb.png"), pngClaiming(100_000, 100_000));

        assertSkipped("bomb.png", "not a page image: 100000 x 100000 pixels, more than the 40000000 a page scan "
                + "may have (newsdesk.ingest.max-image-pixels)");
    }

    private void assertSkipped(String name, String reason) {
        IngestReport report = ingest.ingest(List.of(pages));

        assertThat(report.problems()).singleElement()
                .extracting(PageProblem::name, PageProblem::reason)
                .containsExactly(name, reason);
        assertThat(report.articles()).extracting(Article::source).containsOnly("good.txt");
        assertThat(ocr.runs()).isZero();
    }

    private static BufferedImage withText(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, width - 20, 8);
        g.dispose();
        return image;
    }

    /**
     * A small PNG whose header claims {@code width} x {@code height} pixels: ten billion pixels in a
     * few hundred bytes, which a decoder would try to allocate.
     */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(withText(320, 320), "png", out);
        byte[] png = out.toByteArray();
        // Signature (8 bytes), IHDR length (4) and type (4), then width and height; the chunk's CRC follows its data.
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }
}
