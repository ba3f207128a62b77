package newsdesk.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping Han character pairs over folded text. Unlike words they do not depend on how the
 * segmenter happened to cut a name, so a name split one way in a page and another way in a question
 * still matches. Like {@code CJKAnalyzer}, but without its English stop words.
 */
final class BigramAnalyzer extends Analyzer {

    private final int maxChars;

    BigramAnalyzer(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader, maxChars);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
