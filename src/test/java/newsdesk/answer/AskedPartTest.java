package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskedPartTest {

    private static final String TOTAL = "上半年，全区教育、社保就业、卫生健康等民生支出为64837万元，占全区一般公共预算支出的53.1%。";

    @Test
    void aQuestionThatSinglesOutOnePartNamesIt() {
        assertThat(AskedPart.in("川汇区今年上半年光教育这一块花了多少钱？")).contains("教育");
        assertThat(AskedPart.in("川汇区今年上半年光教育就花了多少钱？")).contains("教育");
    }

    @Test
    void aQuestionAboutTheWholeSinglesOutNothing() {
        assertThat(AskedPart.in("川汇区上半年花在孩子上学、看病和就业保障上的钱有多少？")).isEmpty();
        assertThat(AskedPart.in("议事代表在哪个单位上班？")).isEmpty();
    }

    @Test
    void aFigureAfterAListIsTheListsNotOneItemsShare() {
        assertThat(AskedPart.onlyListedWithOthers("教育", TOTAL)).isTrue();
    }

    @Test
    void aPartNamedOnItsOwnHasItsOwnFigure() {
        assertThat(AskedPart.onlyListedWithOthers("教育", "全区教育支出为20000万元。")).isFalse();
        assertThat(AskedPart.onlyListedWithOthers("教育", "卫生支出5000万元、教育支出8000万元。")).isFalse();
        assertThat(AskedPart.onlyListedWithOthers("养老", TOTAL)).isFalse();
    }

    @Test
    void aWordThatOnlyBeginsWithTheSinglingCharacterSinglesOutNothing() {
        assertThat(AskedPart.in("光伏电站上半年发了多少钱？")).isEmpty();
        assertThat(AskedPart.in("不仅学校方面花了多少钱？")).isEmpty();
    }
}
