package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsAClosingQuoteWithTheSentenceItCloses() {
        assertThat(splitter.split("“虽然只有短短几百米，修和不修完全不一样。”11月2日，刘师傅说。"))
                .containsExactly("“虽然只有短短几百米，修和不修完全不一样。”", "11月2日，刘师傅说。");
    }

    @Test
    void splitsAtSemicolonsAndParagraphEnds() {
        assertThat(splitter.split("建设物流中心5个；打造电商村52个。\n会议还研究了其他事项"))
                .containsExactly("建设物流中心5个；", "打造电商村52个。", "会议还研究了其他事项");
    }

    @Test
    void keepsDecimalNumbersWhole() {
        assertThat(splitter.split("全县电商交易额7.96亿元，带动农民增收215.1万元。"))
                .containsExactly("全县电商交易额7.96亿元，带动农民增收215.1万元。");
    }
}
