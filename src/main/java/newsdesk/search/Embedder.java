package newsdesk.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import newsdesk.text.SentenceSplitter;
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
    private final boolean sentenceVectors;
    private final SentenceSplitter splitter = new SentenceSplitter();
    /** Loaded on the first build: a process that only answers never pays for a second session. */
    private volatile @Nullable EmbeddingModel builds;

    Embedder(EmbeddingProperties properties) {
        this.questions = new BgeSmallZhModel(properties.questionThreads());
        this.indexThreads = properties.indexThreads();
        this.sentenceVectors = properties.sentenceVectors();
    }

    /** The vector of a question (or any text asked about now), with the question path's threads. */
    float[] embed(String text) {
        return embed(questions, text);
    }

    /**
     * The vectors of a passage being indexed, with the build's threads: the whole passage's and, unless
     * switched off, each of its sentences' as the answer layer will cut them.
     */
    PassageVectors embedForIndex(Passage passage) {
        EmbeddingModel model = buildModel();
        float[] whole = embed(model, passage.text());
        if (!sentenceVectors) {
            return new PassageVectors(whole, new byte[0]);
        }
        // An answer sentence often names its topic only as 它 or 该 (the headline's subject): embedded with the
        // headline it stands under, it is close to a question that names the topic.
        String heading = passage.title().isBlank() ? "" : passage.title() + "：";
        List<float[]> sentences = splitter.split(passage.text()).stream()
                .map(sentence -> embed(model, heading + sentence)).toList();
        return new PassageVectors(whole, SentenceVectors.encode(sentences));
    }

    private EmbeddingModel buildModel() {
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
        return model;
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
