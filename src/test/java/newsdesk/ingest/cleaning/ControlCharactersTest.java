package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    private final ControlCharacters step = new ControlCharacters();

    @Test
    void removesControlAndZeroWidthCharactersThatPdfExtractionLeaves() {
        assertThat(step.clean("\uFEFF会议\u0000还研究了\u200B其他\u000C事项。\r")).isEqualTo("会议还研究了其他事项。");
    }

    @Test
    void turnsATabIntoASpaceSoWordsStayApart() {
        assertThat(step.clean("记者\t沈湛\t摄")).isEqualTo("记者 沈湛 摄");
    }

    @Test
    void removesBidiControlsSoATitleReadsAsItIsWritten() {
        assertThat(step.clean("\u202E补贴\u202C963.6\u2066万元\u2069\u061C\u200E\u200F\u202A\u202D"))
                .isEqualTo("补贴963.6万元");
    }

    @Test
    void removesSoftHyphensWordJoinersAndInvisibleFormatCharactersOutsideTheBasicPlane() {
        assertThat(step.clean("川\u00AD汇\u2060区\uD834\uDD73")).isEqualTo("川汇区");
    }

    @Test
    void removesAZeroWidthJoinerInsideChineseText() {
        assertThat(step.clean("清凉\u200D空间")).isEqualTo("清凉空间");
    }

    @Test
    void keepsTheZeroWidthJoinerThatMakesSeveralEmojiOne() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String heart = "\u2764\uFE0F\u200D\uD83D\uDD25";

        assertThat(step.clean("一家" + family + "来纳凉" + heart)).isEqualTo("一家" + family + "来纳凉" + heart);
    }
}
