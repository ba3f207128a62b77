package newsdesk.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The decoded text of one page file.
 *
 * @param imagesRecognised images of a scan OCR read for this text (a page image is one, a scanned PDF one a page)
 * @param imagesFromCache  images of a scan whose text came from the OCR cache
 */
public record PageText(Path file, String text, Charset charset, int imagesRecognised, int imagesFromCache) {

    /** Text that is no scan. */
    public PageText(Path file, String text, Charset charset) {
        this(file, text, charset, 0, 0);
    }

    public String name() {
        return file.getFileName().toString();
    }
}
