package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplacementCharactersTest {

    private final ReplacementCharacters step = new ReplacementCharacters();

    @Test
    void removesTheRunWherePdfExtractionLostTheParagraphIndent() {
        assertThat(step.clean("������本报讯 （记者 韩志刚） 日前，")).isEqualTo("本报讯 （记者 韩志刚） 日前，");
    }

    @Test
    void keepsTheIndentAsAParagraphSignal() {
        assertThat(ReplacementCharacters.marksParagraphStart("�����本报讯 （记者 韩志刚）近日，川")).isTrue();
        assertThat(ReplacementCharacters.marksParagraphStart(" 本报讯 （记者 李凤霞） 11 月 3日，")).isTrue();
        assertThat(ReplacementCharacters.marksParagraphStart("市长吉建军主持召开市政府常务会议，")).isFalse();
        assertThat(ReplacementCharacters.marksParagraphStart("   ")).isFalse();
    }

    @Test
    void removesStrayRunsInsideALine() {
        assertThat(step.clean("补贴��资金")).isEqualTo("补贴资金");
    }
}
