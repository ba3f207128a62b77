package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerEvidenceTest {

    @Test
    void findsANumberWithItsUnitButNotABareMention() {
        assertThat(AnswerEvidence.matches(AnswerType.NUMBER, "补贴标准为每人2000元，一次性发放。")).isEqualTo(1.0);
        assertThat(AnswerEvidence.matches(AnswerType.NUMBER, "市人社局组织全市各普通高校负责人召开会议。")).isZero();
    }

    @Test
    void findsAPlaceAPersonADateAndAList() {
        assertThat(AnswerEvidence.matches(AnswerType.PLACE, "周口市川汇区图书馆宽敞明亮、清凉舒适。")).isEqualTo(1.0);
        assertThat(AnswerEvidence.matches(AnswerType.PERSON, "市长吉建军主持召开市政府常务会议。")).isEqualTo(1.0);
        assertThat(AnswerEvidence.matches(AnswerType.DATE, "于10月底完成。")).isEqualTo(1.0);
        assertThat(AnswerEvidence.matches(AnswerType.LIST, "免费提供藿香正气水、风油精、创可贴等。")).isEqualTo(1.0);
    }

    @Test
    void wantsTheUnitTheQuestionAsksIn() {
        String amount = "我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。";
        String start = "补贴发放工作自今年8月1日正式启动，于10月底完成。";
        assertThat(AnswerEvidence.matches(AnswerType.NUMBER, amount, "一共发了多少钱？")).isEqualTo(1.0);
        assertThat(AnswerEvidence.matches(AnswerType.NUMBER, start, "一共发了多少钱？")).isZero();
        assertThat(AnswerEvidence.matches(AnswerType.NUMBER, amount, "给多少人发了补贴？")).isEqualTo(1.0);
        assertThat(AnswerEvidence.matches(AnswerType.NUMBER, "清运垃圾3600余立方米。", "清运了多少立方米垃圾？")).isEqualTo(1.0);
    }
}
