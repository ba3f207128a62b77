package newsdesk.search;

import org.jspecify.annotations.Nullable;

/**
 * A passage as one Lucene query found it: its score for that query and its stored vectors, if any.
 *
 * @param sentenceVectors its sentences' vectors as {@link SentenceVectors} stores them, or null
 */
record IndexedPassage(Passage passage, float score, float @Nullable [] vector, byte @Nullable [] sentenceVectors) {

    IndexedPassage(Passage passage, float score, float @Nullable [] vector) {
        this(passage, score, vector, null);
    }
}
