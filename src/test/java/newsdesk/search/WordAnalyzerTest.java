package newsdesk.search;

import static newsdesk.search.TestAnalysis.token;
import static newsdesk.search.TestAnalysis.tokens;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class WordAnalyzerTest {

    private final Analyzer words = TestAnalysis.ANALYZERS.words();

    @Test
    void keepsLocalPlaceNamesWholeInPageText() {
        assertThat(tokens(words, "周口市川汇区")).containsExactly(token("周口市", 0, 3), token("川汇区", 3, 6));
    }

    @Test
    void keepsLocalPlaceNamesWholeInQuestions() {
        assertThat(tokens(words, "川汇区哪里可以免费避暑")).containsExactly(token("川汇区", 0, 3),
                token("哪里", 3, 5), token("可以", 5, 7), token("免费", 7, 9), token("避暑", 9, 11));
    }

    @Test
    void keepsProgrammeNamesWhole() {
        assertThat(tokens(words, "“清凉空间”和“红色物业”")).containsExactly(token("清凉空间", 1, 5),
                token("和", 6, 7), token("红色物业", 8, 12));
    }

    @Test
    void keepsQuestionWordsAndDropsOnlyPunctuation() {
        assertThat(tokens(words, "困难毕业生补贴每人多少钱？")).containsExactly(token("困难", 0, 2),
                token("毕业生", 2, 5), token("补贴", 5, 7), token("每人", 7, 9), token("多少", 9, 11),
                token("钱", 11, 12));
    }

    @Test
    void dropsAsciiPunctuationThatHanLPGluesToAWord() {
        assertThat(tokens(words, "补贴多少钱?")).containsExactly(token("补贴", 0, 2), token("多少", 2, 4),
                token("钱", 4, 5));
    }

    @Test
    void foldsTraditionalCharactersKeepingOriginalOffsets() {
        assertThat(tokens(words, "川匯區哪裡可以免費避暑？")).containsExactly(token("川汇区", 0, 3),
                token("哪里", 3, 5), token("可以", 5, 7), token("免费", 7, 9), token("避暑", 9, 11));
    }

    @Test
    void foldsFullWidthLettersAndDigitsAndLowerCasesLatin() {
        assertThat(tokens(words, "ＡＢＣ１２３")).containsExactly(token("abc", 0, 3), token("123", 3, 6));
    }

    @Test
    void splitsMixedChineseLatinAndDigits() {
        assertThat(tokens(words, "iPhone 15发布")).containsExactly(token("iphone", 0, 6), token("15", 7, 9),
                token("发布", 9, 11));
    }

    @Test
    void givesTheSameTokensWhenTheAnalyzerIsReused() {
        var first = tokens(words, "周口市川汇区");
        tokens(words, "另一段完全不同的文字");
        assertThat(tokens(words, "周口市川汇区")).isEqualTo(first);
    }

    @Test
    void reportsTheEndOfLongInputAsFinalOffset() {
        String text = "周口市川汇区开展清凉空间活动。".repeat(700);
        assertThat(TestAnalysis.finalOffset(words, text)).isEqualTo(text.length());
        assertThat(tokens(words, text)).last().isEqualTo(token("活动", text.length() - 3, text.length() - 1));
    }

    @Test
    void findsNoTokensInPunctuationAndEmoji() {
        assertThat(tokens(words, "？！……（）😀🎉")).isEmpty();
        assertThat(tokens(words, "")).isEmpty();
    }
}
