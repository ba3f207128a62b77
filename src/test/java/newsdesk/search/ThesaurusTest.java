package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThesaurusTest {

    @Test
    void wordsOfOneMeaningNameEachOtherButWordsOfOneKindDoNot() {
        Thesaurus thesaurus = Thesaurus.of(List.of(
                "Dm04A01= 商店 店 公司 企业",
                "Dk18B06# 时刻表 调查表 报名表"));

        assertThat(thesaurus.synonymsOf("公司")).containsExactlyInAnyOrder("商店", "企业");
        assertThat(thesaurus.synonymsOf("调查表")).isEmpty();
    }

    @Test
    void aOneCharacterWordIsNobodysSynonym() {
        Thesaurus thesaurus = Thesaurus.of(List.of("Dm04A01= 商店 店 公司 企业"));

        assertThat(thesaurus.synonymsOf("商店")).doesNotContain("店");
        assertThat(thesaurus.synonymsOf("店")).isEmpty();
    }

    @Test
    void aWordOfSeveralMeaningsHasNoSynonyms() {
        Thesaurus thesaurus = Thesaurus.of(List.of("Aa01= 中心 重点 核心", "Bb02= 中心 中间 当中"));

        assertThat(thesaurus.synonymsOf("中心")).isEmpty();
        assertThat(thesaurus.synonymsOf("重点")).containsExactlyInAnyOrder("核心");
    }

    @Test
    void theThesaurusHanLPShipsKnowsThatAFirmIsACompanyButNotThatACentreIsAFocus() {
        Thesaurus shipped = Thesaurus.fromHanLP();

        assertThat(shipped.synonymsOf("公司")).contains("企业");
        assertThat(shipped.synonymsOf("中心")).doesNotContain("重点");
    }
}
