package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrConfusionsTest {

    private final OcrConfusions confusions = new OcrConfusions();

    @Test
    void correctsWhereThePageItselfPrintsTheRightWord() {
        String page = "开展“调研察民情、走访办实事”入户大走访活动\n同步组织开展入户走访活动";
        assertThat(confusions.correct("“调研察民情、走访办实事”人户大走访活动", page))
                .isEqualTo("“调研察民情、走访办实事”入户大走访活动");
        assertThat(confusions.correct("统一发放人户走访记录本", page)).isEqualTo("统一发放入户走访记录本");
    }

    @Test
    void leavesTheTextAloneWithoutEvidenceOnThePage() {
        String page = "开展入户走访活动";
        assertThat(confusions.correct("找准切人点和突破口", page)).isEqualTo("找准切人点和突破口");
        assertThat(confusions.correct("严格落实人户分离登记", "落实户籍登记")).isEqualTo("严格落实人户分离登记");
    }
}
