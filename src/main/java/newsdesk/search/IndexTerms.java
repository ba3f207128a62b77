package newsdesk.search;

import java.util.List;

/**
 * The words of a text as the index analyses them, how rare each is among the passages, and which places
 * articles are about: what the answer layer needs to weigh a sentence's words the way retrieval did.
 */
public final class IndexTerms {

    private final NewsAnalyzers analyzers;
    private final PassageIndex index;

    IndexTerms(NewsAnalyzers analyzers, PassageIndex index) {
        this.analyzers = analyzers;
        this.index = index;
    }

    /** A text's words in order, analysed exactly as passages are. */
    public List<String> words(String text) {
        return QuestionQuery.tokens(analyzers.words(), Fields.TEXT_WORDS, text);
    }

    /** Whether any passage holds the word, as the index analyses it. */
    public boolean indexes(String word) {
        return index.open() && index.documentFrequency(Fields.TEXT_WORDS, word)[0] > 0;
    }

    /** Whether some article is about the place (found in it at index time); false without an index. */
    public boolean knowsPlace(String place) {
        return index.open() && index.documentFrequency(Fields.PLACE, place)[0] > 0;
    }

    /** BM25's inverse document frequency of a word over the passages; 0 without an index. */
    public double idf(String word) {
        if (!index.open()) {
            return 0;
        }
        long[] frequency = index.documentFrequency(Fields.TEXT_WORDS, word);
        double docFreq = frequency[0];
        double docCount = Math.max(1, frequency[1]);
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }
}
