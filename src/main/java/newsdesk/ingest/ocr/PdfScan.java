package newsdesk.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF without a text layer, rendered one at a time to a grey PNG for OCR (the engine
 * reads files only). Before a page is rendered, its size at the DPI and the pictures it draws are
 * checked against the pixel limit from their dictionaries, so a page of a hundred inches or a
 * picture of billions of pixels is refused instead of filling the heap.
 */
final class PdfScan implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final int dpi;
    private final long maxPixels;

    /** Opens a PDF the text reader already opened and checked (header, password, page count). */
    PdfScan(byte[] pdf, int dpi, long maxPixels) throws IOException {
        this.document = Loader.loadPDF(pdf);
        this.renderer = new PDFRenderer(document);
        this.dpi = dpi;
        this.maxPixels = maxPixels;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) as a temporary PNG file, which the caller deletes. */
    Path render(int index) throws IOException, ScanRejectedException {
        PDPage page = document.getPage(index);
        PDRectangle box = page.getCropBox();
        long pixels = (long) Math.ceil(box.getWidth() / 72 * dpi) * (long) Math.ceil(box.getHeight() / 72 * dpi);
        if (pixels > maxPixels) {
            throw ScanRejectedException.notAPage("PDF page " + (index + 1) + " is " + pixels + " pixels at " + dpi
                    + " DPI, more than the " + maxPixels + " a page scan may have");
        }
        checkPictures(page.getResources(), index);
        BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        if (ImageCheck.blank(image)) {
            throw ScanRejectedException.notAPage("PDF page " + (index + 1) + " is blank, no text on it");
        }
        Path file = Files.createTempFile("newsdesk-scan-", ".png");
        try {
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Pictures drawn by the page itself; those inside its forms are not looked into. */
    private void checkPictures(PDResources resources, int index) throws IOException, ScanRejectedException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject picture
                    && (long) picture.getWidth() * picture.getHeight() > maxPixels) {
                throw ScanRejectedException.notAPage("PDF page " + (index + 1) + " draws a picture of "
                        + picture.getWidth() + " x " + picture.getHeight() + " pixels, more than the " + maxPixels
                        + " a page scan may have");
            }
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
