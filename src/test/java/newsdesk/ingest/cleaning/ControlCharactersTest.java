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
}
