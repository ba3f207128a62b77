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
    void theThesaurusHanLPShipsKnowsThatAFirmIsACompany() {
        assertThat(Thesaurus.fromHanLP().synonymsOf("公司")).contains("企业");
    }
}
