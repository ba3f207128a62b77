package newsdesk.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether an image file can be a page before OCR sees it, within bounded time and memory:
 * the size comes from the header, so an image bomb (a small file of billions of pixels) is refused
 * before it is decoded, and the ink test decodes a subsampled copy of at most about a million pixels.
 */
final class ImageCheck {

    /** A page line must be readable: under 300 pixels a side, a page holds a few words at most. */
    static final int MIN_SIDE = 300;
    /** The subsampled copy the ink test looks at: enough pixels to see text, few enough to be quick. */
    private static final long SAMPLE_PIXELS = 1_000_000;
    /** Darker than this (of 255) is ink; paper and scanner noise stay lighter. */
    private static final int INK = 128;
    /**
     * Text covers a few percent of a page; one line of 12 pt type on an A4 page at 200 DPI inks
     * between 0.02% and 0.1% of it (BadPdfPagesTest). Less is a blank page or a few specks of dust.
     */
    private static final double MIN_INK_SHARE = 0.0002;

    private final long maxPixels;

    ImageCheck(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    void check(Path file) throws ScanRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw ScanRejectedException.notAPage("not a PNG, JPEG or TIFF image that can be decoded");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                check(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A damaged image fails in the header or in the data; both mean this file is no page.
            throw ScanRejectedException.notAPage("cannot be decoded (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + ")");
        }
    }

    private void check(ImageReader reader) throws IOException, ScanRejectedException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        long pixels = (long) width * height;
        if (pixels > maxPixels) {
            throw ScanRejectedException.notAPage(width + " x " + height + " pixels, more than the " + maxPixels
                    + " a page scan may have (newsdesk.ingest.max-image-pixels)");
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw ScanRejectedException.notAPage(width + " x " + height + " pixels, too small for a page (at least "
                    + MIN_SIDE + " a side)");
        }
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / SAMPLE_PIXELS)));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage sample = reader.read(0, param);
        if (blank(sample)) {
            throw ScanRejectedException.notAPage("blank, no text on it");
        }
    }

    /** Whether an image (a whole one, or a subsampled copy) has next to no ink on it. */
    static boolean blank(BufferedImage image) {
        return inkShare(image) < MIN_INK_SHARE;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xFF) * 30 + ((rgb >> 8) & 0xFF) * 59 + (rgb & 0xFF) * 11) / 100;
                if (grey < INK) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
