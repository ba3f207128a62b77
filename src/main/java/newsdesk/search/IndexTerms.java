package newsdesk.search;

import java.util.List;

/**
 * The words of a text as the index analyses them, and how rare each is among the passages: what the
 * answer layer needs to weigh a sentence's words the way retrieval did.
 */
final class IndexTerms {

    private final NewsAnalyzers analyzers;
    private final PassageIndex index;

    IndexTerms(NewsAnalyzers analyzers, PassageIndex index) {
        this.analyzers = analyzers;
        this.index = index;
    }

    List<String> words(String text) {
        return QuestionQuery.tokens(analyzers.words(), Fields.TEXT_WORDS, text);
    }

    /** BM25's inverse document frequency over the passages; 0 without an index. */
    boolean indexes(String word) {
        return index.open() && index.documentFrequency(Fields.TEXT_WORDS, word)[0] > 0;
    }

    double idf(String word) {
        if (!index.open()) {
            return 0;
        }
        long[] frequency = index.documentFrequency(Fields.TEXT_WORDS, word);
        double docFreq = frequency[0];
        double docCount = Math.max(1, frequency[1]);
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }
}
