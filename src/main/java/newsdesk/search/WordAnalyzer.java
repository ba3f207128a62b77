package newsdesk.search;

import com.hankcs.hanlp.seg.Segment;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/** HanLP words over folded text: the field that carries most of the BM25 signal. */
final class WordAnalyzer extends Analyzer {

    private final Segment segment;
    private final int maxChars;

    WordAnalyzer(Segment segment, int maxChars) {
        this.segment = segment;
        this.maxChars = maxChars;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader, maxChars);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new HanLPTokenizer(segment);
        TokenStream lowerCased = new LowerCaseFilter(words);
        return new TokenStreamComponents(words, lowerCased);
    }
}
