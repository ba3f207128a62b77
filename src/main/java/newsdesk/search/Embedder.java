package newsdesk.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.springframework.stereotype.Component;

/**
 * bge-small-zh-v1.5 (int8) running in-process: the model ships inside a Maven artifact, so nothing
 * is downloaded at run time. Its vectors are unit length, so a dot product is the cosine.
 */
@Component
class Embedder {

    static final int DIMENSIONS = 512;

    private final EmbeddingModel model;

    Embedder() {
        // One ONNX session per instance; the bundled class shares it statically, so creating more
        // embedders costs nothing extra. ONNX Runtime already uses both cores for one text, which
        // measured faster than embedAll's thread pool.
        this.model = new BgeSmallZhV15QuantizedEmbeddingModel();
    }

    float[] embed(String text) {
        if (!hasMeaning(text)) {
            // The model rejects blank text; a zero vector is similar to nothing.
            return new float[DIMENSIONS];
        }
        return model.embed(text).content().vector();
    }

    /** Whether the text has a letter or digit of any script, i.e. anything a model could read. */
    static boolean hasMeaning(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
