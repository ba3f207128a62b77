package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.web.Highlighting.Segment;
import org.junit.jupiter.api.Test;

class HighlightingTest {

    @Test
    void marksEveryOccurrenceOfAWord() {
        assertThat(Highlighting.mark("补贴发放，补贴到位", List.of("补贴"))).containsExactly(
                new Segment("补贴", true), new Segment("发放，", false), new Segment("补贴", true),
                new Segment("到位", false));
    }

    @Test
    void aSentenceWinsOverAWordInsideItAndMarksNeverOverlap() {
        assertThat(Highlighting.mark("前文。每人2000元。后文", List.of("2000", "每人2000元。"))).containsExactly(
                new Segment("前文。", false), new Segment("每人2000元。", true), new Segment("后文", false));
    }

    @Test
    void leavesTextWithoutNeedlesWholeAndIgnoresBlankNeedles() {
        assertThat(Highlighting.mark("没有要标的词", List.of("", " ", "补贴")))
                .containsExactly(new Segment("没有要标的词", false));
    }

    @Test
    void anEmptyTextHasNoSegments() {
        assertThat(Highlighting.mark("", List.of("补贴"))).isEmpty();
    }
}
