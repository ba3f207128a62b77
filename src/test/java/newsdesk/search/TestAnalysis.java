package newsdesk.search;

import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Analysis built exactly as the application builds it, from the versioned user dictionary. Built
 * once per test JVM: HanLP's dictionaries take a quarter of a second to load.
 */
final class TestAnalysis {

    static final Segment SEGMENT = AnalysisConfiguration.segmentWith(
            LocalNames.read(Path.of("index/dictionary/local-names.txt")));
    static final NewsAnalyzers ANALYZERS = new AnalysisConfiguration().newsAnalyzers(SEGMENT);
    static final WordTagger TAGGER = new WordTagger(SEGMENT);
    static final Thesaurus THESAURUS = Thesaurus.fromHanLP();

    /** The versioned everyday-word list, read through the same analysis. */
    static final CitizenWording WORDING = CitizenWording.read(Path.of("index/dictionary/synonyms.txt"), TestAnalysis::words);

    record Token(String term, int start, int end) {
        @Override
        public String toString() {
            return term + "[" + start + "," + end + ")";
        }
    }

    private TestAnalysis() {
    }

    static Token token(String term, int start, int end) {
        return new Token(term, start, end);
    }

    /** Tokens with offsets, plus the final offset reported by end() as the last element's end. */
    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static List<String> words(String text) {
        return QuestionQuery.tokens(ANALYZERS.words(), Fields.TEXT_WORDS, text);
    }

    static int finalOffset(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // drain
            }
            stream.end();
            return offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
