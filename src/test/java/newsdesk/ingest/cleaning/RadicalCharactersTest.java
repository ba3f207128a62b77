package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RadicalCharactersTest {

    private final RadicalCharacters step = new RadicalCharacters();

    @Test
    void kangxiRadicalsFromAPdfWithoutToUnicodeBecomeTheCharactersAReaderSearchesFor() {
        // ⼯ U+2F2F, ⼈ U+2F08, ⼤ U+2F24, ⼀ U+2F00 as a font without a ToUnicode map extracts 工人大一.
        assertThat(step.clean("\u2F2F\u2F08\u2F24会第\u2F00次会议")).isEqualTo("工人大会第一次会议");
    }

    @Test
    void aSupplementRadicalWithACompatibilityMappingIsMappedToo() {
        assertThat(step.clean("\u2EF3")).isEqualTo("龟");
    }

    @Test
    void leavesEverythingOutsideTheRadicalBlocksAsItIs() {
        // NFKC on the whole line would turn the full-width digits and the circled one into ASCII.
        String line = "①全市２２个乡镇，ﬁ";
        assertThat(step.clean(line)).isEqualTo(line);
    }
}
