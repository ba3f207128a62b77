package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.Citation;
import newsdesk.ingest.PublicationDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** How `eval --questions` judges a broad question's answer. */
class ListExpectationTest {

    private static final ListExpectation TWO_WITH_A_POLICY = ListExpectation.of(JsonMapper.builder().build().readTree("""
            {"q": "有哪些惠民政策？", "expect_list": true, "min_items": 2,
             "should_include_titles_any": ["困难毕业生求职创业补贴", "筑牢防止返贫底线"]}"""));

    @Test
    void aListWithEnoughItemsAndOneWantedTitleIsCorrectWhateverTheTitlesSpacingAndWidth() {
        assertThat(TWO_WITH_A_POLICY.heldBy(answer(AnswerKind.LIST, "“五个确保”筑牢防止返贫底线", "清凉空间")))
                .isTrue();
        assertThat(TWO_WITH_A_POLICY.heldBy(answer(AnswerKind.LIST, "我市发放困难毕业生 求职创业补贴", "清凉空间")))
                .isTrue();
    }

    @Test
    void tooFewItemsNoWantedTitleOrAnOrdinaryAnswerIsWrong() {
        assertThat(TWO_WITH_A_POLICY.heldBy(answer(AnswerKind.LIST, "筑牢防止返贫底线"))).isFalse();
        assertThat(TWO_WITH_A_POLICY.heldBy(answer(AnswerKind.LIST, "清凉空间", "一匠两手"))).isFalse();
        assertThat(TWO_WITH_A_POLICY.heldBy(answer(AnswerKind.ANSWER, "筑牢防止返贫底线", "清凉空间"))).isFalse();
    }

    @Test
    void aLineThatExpectsNoListHasNoListExpectation() {
        assertThat(ListExpectation.of(JsonMapper.builder().build().readTree("""
                {"q": "有哪些人评上了实践操作能手", "expect_list": false, "any": ["金文才"]}"""))).isNull();
    }

    private static Answer answer(AnswerKind kind, String... titles) {
        List<Citation> items = java.util.Arrays.stream(titles)
                .map(title -> new Citation(title, title, PublicationDate.UNKNOWN, null, "p.txt", title + "。", 1))
                .toList();
        return new Answer("q", AnswerStatus.ANSWERED, "报纸上的相关报道：", items, 1, null, kind);
    }
}
