package newsdesk.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a test page PDF (set in WenQuanYi Zen Hei by {@link TestPdf}) into what a scanner gives:
 * rendered at a scanner's resolution, cropped to the printed area, turned by a small skew, with grey
 * noise and dust specks. The noise is seeded, so a failing test fails the same way again.
 */
final class TestScan {

    private static final int DPI = 200;
    private static final int MARGIN = 40;

    private TestScan() {
    }

    /** The first page of {@code pdf} as a noisy, skewed grey scan. */
    static BufferedImage of(byte[] pdf, double skewDegrees, long seed) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            return noisy(skewed(cropped(page), skewDegrees), new Random(seed));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(BufferedImage image, String format, Path file) {
        try {
            ImageIO.write(image, format, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF page holding nothing but {@code scan}, as a scanner's PDF output is. */
    static byte[] imageOnlyPdf(BufferedImage scan) {
        try (PDDocument document = new PDDocument()) {
            float width = scan.getWidth() * 72f / DPI;
            float height = scan.getHeight() * 72f / DPI;
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, width, height);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed part of the page with a margin, so the OCR reads no more white than a page has. */
    private static BufferedImage cropped(BufferedImage page) {
        int top = page.getHeight();
        int bottom = 0;
        int left = page.getWidth();
        int right = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFF) < 128) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        int x0 = Math.max(0, left - MARGIN);
        int y0 = Math.max(0, top - MARGIN);
        int x1 = Math.min(page.getWidth(), right + MARGIN);
        int y1 = Math.min(page.getHeight(), bottom + MARGIN);
        return page.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }

    private static BufferedImage skewed(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Grey noise over every pixel, and specks of dust every few hundred pixels. */
    private static BufferedImage noisy(BufferedImage image, Random random) {
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = raster.getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * 18);
                if (random.nextInt(400) == 0) {
                    grey = random.nextBoolean() ? 40 : 255;
                }
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, grey)));
            }
        }
        return image;
    }
}
