package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseFoldingTest {

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(ChineseFolding.fold("川匯區圖書館")).isEqualTo("川汇区图书馆");
    }

    @Test
    void foldsWidthAsPageTextIsFoldedAndTraditionalCharactersInOnePass() {
        assertThat(ChineseFolding.fold("川匯區ＬＥＤ屏\u3000２４小時？")).isEqualTo("川汇区LED屏 24小时？");
    }

    @Test
    void keepsTheLengthEvenWhereHanLPWouldRewriteAPhrase() {
        String text = "記憶體和滑鼠的價格";
        assertThat(ChineseFolding.fold(text)).hasSameSizeAs(text).startsWith("记忆体");
    }
}
