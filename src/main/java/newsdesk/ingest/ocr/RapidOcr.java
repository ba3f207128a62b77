package newsdesk.ingest.ocr;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RapidOCR (PP-OCRv4 detection and recognition in ONNX, run by a native library packed in the
 * jar): 0.5% character error rate on a noisy two-column scan where Tesseract's Chinese model gave
 * 14.5% (MEASUREMENTS.md).
 *
 * <p>The library keeps one engine per JVM, built with the first model and thread count asked for,
 * and unpacks its native library to {@code /tmp/ocrJava/} when first used. So the engine is built
 * only when the first scan is read (a server without scans never loads it), always with v4, and
 * calls are serialised here: the native engine is one object whatever the caller.
 */
public final class RapidOcr implements OcrEngine {

    private static final Model MODEL = Model.ONNX_PPOCR_V4;

    private final int threads;
    private final int detectSide;
    private final Deskew deskew = new Deskew();
    private @Nullable InferenceEngine engine;

    /**
     * @param threads    the native engine's threads for one image; more help only on more cores
     * @param detectSide the longest side of the image the text detector sees, which bounds its memory; a larger
     *                   image is scaled down for detection only, the lines found are read from the original
     */
    public RapidOcr(int threads, int detectSide) {
        this.threads = threads;
        this.detectSide = detectSide;
    }

    @Override
    public synchronized List<OcrBox> recognise(Path image) throws IOException {
        OcrResult result;
        try {
            ParamConfig config = ParamConfig.getDefaultConfig();
            config.setMaxSideLen(detectSide);
            result = engine().runOcr(image.toAbsolutePath().toString(), config);
        } catch (RuntimeException | LinkageError e) {
            // The native side reports a failed load or an unreadable image as one of these.
            throw new IOException("OCR failed: " + e, e);
        }
        List<Deskew.Quad> lines = new ArrayList<>();
        for (TextBlock block : result.getTextBlocks()) {
            if (block.getText() != null && !block.getText().isBlank() && block.getBoxPoint().size() >= 2) {
                lines.add(quad(block));
            }
        }
        return deskew.upright(lines);
    }

    @Override
    public String model() {
        return MODEL.name();
    }

    private InferenceEngine engine() {
        if (engine == null) {
            engine = InferenceEngine.getInstance(MODEL, new HardwareConfig(threads, -1));
        }
        return engine;
    }

    private static Deskew.Quad quad(TextBlock block) {
        List<Point> points = block.getBoxPoint();
        float[] corners = new float[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            corners[2 * i] = points.get(i).getX();
            corners[2 * i + 1] = points.get(i).getY();
        }
        return new Deskew.Quad(block.getText().strip(), corners);
    }
}
