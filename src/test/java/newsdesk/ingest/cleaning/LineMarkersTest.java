package newsdesk.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMarkersTest {

    private final LineMarkers step = new LineMarkers();

    @Test
    void removesTheOcrQuoteMarker() {
        assertThat(step.clean("> 在文昌办事处中原社区组织召 开的座谈会上")).isEqualTo("在文昌办事处中原社区组织召 开的座谈会上");
    }

    @Test
    void writesEveryLeadingDashRunAsOneChineseDash() {
        assertThat(step.clean("-示范区开展入户大走访活动综述")).isEqualTo("——示范区开展入户大走访活动综述");
        assertThat(step.clean("---统一发放人户走访记录 本")).isEqualTo("——统一发放人户走访记录 本");
        assertThat(step.clean("———示范区探索矛盾纠纷化解新路径")).isEqualTo("——示范区探索矛盾纠纷化解新路径");
    }

    @Test
    void leavesDashesInsideALineAlone() {
        assertThat(step.clean("（2023—2025 年）")).isEqualTo("（2023—2025 年）");
    }
}
