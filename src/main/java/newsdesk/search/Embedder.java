package newsdesk.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * bge-small-zh-v1.5 (int8) running in-process: the model ships inside a Maven artifact, so nothing
 * is downloaded at run time. Its vectors are unit length, so a dot product is the cosine. Questions
 * and index builds have a session each, with their own thread counts, so that a refresh cannot
 * take the cores questions need.
 */
@Component
class Embedder {

    static final int DIMENSIONS = 512;

    private final EmbeddingModel questions;
    private final int indexThreads;
    /** Loaded on the first build: a process that only answers never pays for a second session. */
    private volatile @Nullable EmbeddingModel builds;

    Embedder(EmbeddingProperties properties) {
        this.questions = new BgeSmallZhModel(properties.questionThreads());
        this.indexThreads = properties.indexThreads();
    }

    /** The vector of a question (or any text asked about now), with the question path's threads. */
    float[] embed(String text) {
        return embed(questions, text);
    }

    /** The vector of a passage being indexed, with the build's threads. */
    float[] embedForIndex(String text) {
        EmbeddingModel model = builds;
        if (model == null) {
            synchronized (this) {
                model = builds;
                if (model == null) {
                    model = new BgeSmallZhModel(indexThreads);
                    builds = model;
                }
            }
        }
        return embed(model, text);
    }

    private static float[] embed(EmbeddingModel model, String text) {
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
