package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrAsciiPunctuationTest {

    private final OcrAsciiPunctuation step = new OcrAsciiPunctuation();

    @Test
    void makesOcrCommasAndQuotesFullWidth() {
        assertThat(step.clean("开展\"调研察民情、走访办实事\" 入户大走访活动。截至目前,该区"))
                .isEqualTo("开展“调研察民情、走访办实事” 入户大走访活动。截至目前，该区");
    }

    @Test
    void makesTheDatelineBracketsFullWidth() {
        assertThat(step.clean("本报讯 (记者 姬慧洋 通讯员 韩 庆伟)8月8日,记者从"))
                .isEqualTo("本报讯 （记者 姬慧洋 通讯员 韩 庆伟）8月8日，记者从");
    }

    @Test
    void convertsQuestionMarksColonsAndNestedSingleQuotes() {
        assertThat(step.clean("\"创文\"到底为了谁? 答卷:'创文'给我们"))
                .isEqualTo("“创文”到底为了谁？ 答卷：‘创文’给我们");
    }

    @Test
    void leavesDecimalPointsAndPunctuationBetweenNumbersAlone() {
        assertThat(step.clean("印发3.6 万余份,时间12:30,共1,200人"))
                .isEqualTo("印发3.6 万余份，时间12:30，共1,200人");
    }

    @Test
    void leavesLinesWithoutChineseAlone() {
        assertThat(step.clean("Hello, world: (test)")).isEqualTo("Hello, world: (test)");
    }
}
