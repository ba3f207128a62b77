package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DoubledCaptionCharactersTest {

    private final DoubledCaptionCharacters step = new DoubledCaptionCharacters();

    @Test
    void undoublesABoldCaptionAndLeavesTheCreditAlone() {
        assertThat(step.clean("志志愿愿者者为为群群众众检检查查口口腔腔。。 记者 姬慧洋 摄"))
                .isEqualTo("志愿者为群众检查口腔。 记者 姬慧洋 摄");
    }

    @Test
    void undoublesQuotesInsideTheCaptionToo() {
        assertThat(step.clean("示示范范区区““创创文文””办办志志愿愿者者"))
                .isEqualTo("示范区“创文”办志愿者");
    }

    @Test
    void keepsRealDoublesInOrdinaryText() {
        assertThat(step.clean("形成“人人讲安全、处处讲安全、时时讲安全”的良好氛围"))
                .isEqualTo("形成“人人讲安全、处处讲安全、时时讲安全”的良好氛围");
        assertThat(step.clean("徐徐展开，常常来这里")).isEqualTo("徐徐展开，常常来这里");
    }
}
