package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WidthFoldingTest {

    @Test
    void foldsFullWidthDigitsSoYearsReadAsNumbers() {
        assertThat(WidthFolding.toHalfWidth("行动方案 （２０２３—２０２５ 年 ）》，明确"))
                .isEqualTo("行动方案 （2023—2025 年 ）》，明确");
        assertThat(WidthFolding.toHalfWidth("要紧紧围绕 “１２ 个紧盯 ”")).isEqualTo("要紧紧围绕 “12 个紧盯 ”");
    }

    @Test
    void foldsFullWidthLettersButKeepsChinesePunctuation() {
        assertThat(WidthFolding.toHalfWidth("搬口街道通过ＬＥＤ显示屏，中原社区Ａ区？"))
                .isEqualTo("搬口街道通过LED显示屏，中原社区A区？");
    }

    @Test
    void turnsTheIdeographicSpaceIntoAnOrdinarySpace() {
        assertThat(WidthFolding.toHalfWidth("记者\u3000沈湛")).isEqualTo("记者 沈湛");
    }

    @Test
    void leavesOtherCompatibilityCharactersAloneSoEveryOffsetStillPoints() {
        // NFKC would make these 1, m2 and 2: one character more for ㎡, and text that ingest never folds.
        String text = "①号楼120㎡，x²";

        assertThat(WidthFolding.toHalfWidth(text)).isEqualTo(text);
        assertThat(WidthFolding.toHalfWidthWithPunctuation(text)).isEqualTo("①号楼120㎡,x²");
    }

    @Test
    void foldsAQuestionsPunctuationToo() {
        assertThat(WidthFolding.toHalfWidthWithPunctuation("ＬＥＤ屏在哪（川汇区）？２４小时吗！"))
                .isEqualTo("LED屏在哪(川汇区)?24小时吗!");
    }

    @Test
    void keepsTheLength() {
        String text = "２０２４年\u3000ＣＢＤ商圈（含ｅ站）";

        assertThat(WidthFolding.toHalfWidth(text)).isEqualTo("2024年 CBD商圈（含e站）").hasSameSizeAs(text);
    }
}
