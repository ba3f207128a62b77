package newsdesk.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** The two analyses of Chinese text; passages and questions go through the same ones. */
record NewsAnalyzers(Analyzer words, Analyzer bigrams) {

    /** For the index writer: each text field with the analysis its name says. */
    Analyzer perField() {
        return new PerFieldAnalyzerWrapper(words, Map.of(
                Fields.TEXT_BIGRAMS, bigrams,
                Fields.TITLE_BIGRAMS, bigrams));
    }
}
