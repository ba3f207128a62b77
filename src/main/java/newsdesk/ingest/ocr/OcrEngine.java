package newsdesk.ingest.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the text lines of a page image. An interface so that everything around OCR (image checks,
 * the cache, the layout) is tested without the native engine, and so that a test can count how
 * often the engine actually ran.
 */
public interface OcrEngine {

    /** The lines found on the image file {@code image} (PNG, JPEG or TIFF), in no particular order. */
    List<OcrBox> recognise(Path image) throws IOException;

    /**
     * Names the model, for the cache: text recognised by one model is not reused as another's, so
     * a model upgrade reads every scan again instead of keeping the old model's mistakes.
     */
    String model();
}
