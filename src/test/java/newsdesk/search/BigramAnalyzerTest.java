package newsdesk.search;

import static newsdesk.search.TestAnalysis.token;
import static newsdesk.search.TestAnalysis.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {

    private final Analyzer bigrams = TestAnalysis.ANALYZERS.bigrams();

    @Test
    void pairsNeighbouringHanCharactersWithOffsets() {
        assertThat(tokens(bigrams, "川汇区避暑")).containsExactly(token("川汇", 0, 2), token("汇区", 1, 3),
                token("区避", 2, 4), token("避暑", 3, 5));
    }

    @Test
    void foldsTraditionalToSimplifiedLikeTheWordField() {
        assertThat(tokens(bigrams, "川匯區")).containsExactly(token("川汇", 0, 2), token("汇区", 1, 3));
    }

    @Test
    void keepsLatinWordsAndNumbersWholeAndFoldsFullWidth() {
        assertThat(tokens(bigrams, "ＡＢＣ 2000元")).containsExactly(token("abc", 0, 3), token("2000", 4, 8),
                token("元", 8, 9));
    }
}
