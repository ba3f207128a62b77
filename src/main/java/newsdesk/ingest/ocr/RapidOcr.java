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
import java.util.Comparator;
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
    private @Nullable InferenceEngine engine;

    /** {@code threads}: the native engine's threads for one image; more help only on more cores. */
    public RapidOcr(int threads) {
        this.threads = threads;
    }

    @Override
    public synchronized List<OcrBox> recognise(Path image) throws IOException {
        OcrResult result;
        try {
            result = engine().runOcr(image.toAbsolutePath().toString(), ParamConfig.getDefaultConfig());
        } catch (RuntimeException | LinkageError e) {
            // The native side reports a failed load or an unreadable image as one of these.
            throw new IOException("OCR failed: " + e, e);
        }
        List<OcrBox> boxes = new ArrayList<>();
        for (TextBlock block : result.getTextBlocks()) {
            if (block.getText() != null && !block.getText().isBlank()) {
                boxes.add(box(block));
            }
        }
        return boxes;
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

    /**
     * The box's left and right are its outermost corners; its top and bottom the middle of its upper
     * and lower edges, so that a slanted line of a skewed scan is not taken as taller type.
     */
    private static OcrBox box(TextBlock block) {
        List<Point> corners = new ArrayList<>(block.getBoxPoint());
        corners.sort(Comparator.comparingInt(Point::getY));
        int n = corners.size();
        float top = (corners.get(0).getY() + corners.get(Math.min(1, n - 1)).getY()) / 2f;
        float bottom = (corners.get(n - 1).getY() + corners.get(Math.max(n - 2, 0)).getY()) / 2f;
        float left = corners.stream().mapToInt(Point::getX).min().orElse(0);
        float right = corners.stream().mapToInt(Point::getX).max().orElse(0);
        return new OcrBox(block.getText().strip(), left, top, right, bottom);
    }
}
