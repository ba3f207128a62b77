package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterConfigurationTest {

    @Test
    void addsLocalNamesToItsOwnSegmentOnly() {
        var segment = AnalysisConfiguration.segmentWith(LocalNames.parse(List.of("# comment", "扬帆广场 ns", "许湾街道")));

        assertThat(segment.seg("扬帆广场在许湾街道").stream().map(term -> term.word))
                .containsExactly("扬帆广场", "在", "许湾街道");
        assertThat(CustomDictionary.contains("扬帆广场")).isFalse();
        assertThat(HanLP.newSegment().seg("扬帆广场在许湾街道").stream().map(term -> term.word))
                .doesNotContain("扬帆广场");
    }

    @Test
    void givesRealOffsets() {
        List<Term> terms = AnalysisConfiguration.segmentWith(LocalNames.parse(List.of())).seg("市长主持召开会议");
        assertThat(terms.getLast().offset).isEqualTo(6);
    }

    @Test
    void readsMissingDictionaryAsNoNames() {
        assertThat(LocalNames.read(java.nio.file.Path.of("no/such/file.txt")).entries()).isEmpty();
    }
}
