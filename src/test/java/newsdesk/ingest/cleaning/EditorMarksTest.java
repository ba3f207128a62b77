package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorMarksTest {

    private final EditorMarks step = new EditorMarks();

    @Test
    void removesTheMarkAfterTheLastSentence() {
        assertThat(step.clean("会议还研究了其他事项。 ①7")).isEqualTo("会议还研究了其他事项。");
        assertThat(step.clean("保障卡银行账户。 ②3")).isEqualTo("保障卡银行账户。");
    }

    @Test
    void keepsCircledNumbersThatOpenAListItem() {
        assertThat(step.clean("①完善监控系统")).isEqualTo("①完善监控系统");
    }
}
