package newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.ingest.ocr.OcrBox;
import newsdesk.ingest.ocr.OcrEngine;

/** The test's OCR engine: the real one, counting how many images it was actually asked to read. */
final class CountingOcr implements OcrEngine {

    private final OcrEngine engine;
    private final AtomicInteger runs = new AtomicInteger();

    CountingOcr(OcrEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<OcrBox> recognise(Path image) throws IOException {
        runs.incrementAndGet();
        return engine.recognise(image);
    }

    @Override
    public String model() {
        return engine.model();
    }

    int runs() {
        return runs.get();
    }
}
