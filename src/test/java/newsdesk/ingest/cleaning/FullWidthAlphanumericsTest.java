package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullWidthAlphanumericsTest {

    private final FullWidthAlphanumerics step = new FullWidthAlphanumerics();

    @Test
    void foldsFullWidthDigitsSoYearsReadAsNumbers() {
        assertThat(step.clean("行动方案 （２０２３—２０２５ 年 ）》，明确"))
                .isEqualTo("行动方案 （2023—2025 年 ）》，明确");
        assertThat(step.clean("要紧紧围绕 “１２ 个紧盯 ”")).isEqualTo("要紧紧围绕 “12 个紧盯 ”");
    }

    @Test
    void foldsFullWidthLettersButKeepsChinesePunctuation() {
        assertThat(step.clean("搬口街道通过ＬＥＤ显示屏，中原社区Ａ区")).isEqualTo("搬口街道通过LED显示屏，中原社区A区");
    }

    @Test
    void turnsTheIdeographicSpaceIntoAnOrdinarySpace() {
        assertThat(step.clean("记者\u3000沈湛")).isEqualTo("记者 沈湛");
    }
}
