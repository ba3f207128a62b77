package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceMeasuresTest {

    private static final String VISIT = "3月5日，市政协副主席、市城乡一体化示范区党工委书记宋力带队前往辖区商业写字楼、大型酒店和居民小区"
            + "实地调研消防安全工作，并召开全区高层建筑消防安全工作推进会。";

    @Test
    void aDateHeadingTheSentenceIsTheDateOfEverythingItTells() {
        List<TypeEvidence.Span> dates = TypeEvidence.spans(AnswerType.DATE, VISIT, List.of(), "宋力调研消防安全工作是哪天？");

        assertThat(SentenceMeasures.nearFocus(dates, VISIT, Set.of("消防", "安全"))).isTrue();
    }

    @Test
    void aDateInsideTheSentenceStaysWithTheWordsNextToIt() {
        String sentence = "示范区持续开展入户走访，建立问题台账，逐项分类梳理，跟踪督办，确保问题及时解决，群众反映的停车难问题已于8月10日解决。";
        List<TypeEvidence.Span> dates = TypeEvidence.spans(AnswerType.DATE, sentence, List.of(), "入户走访是哪天？");

        assertThat(dates).isNotEmpty();
        assertThat(SentenceMeasures.nearFocus(dates, sentence, Set.of("入户"))).isFalse();
    }

    @Test
    void theHeadingDateMustStillBeSaidOfTheFocus() {
        List<TypeEvidence.Span> dates = TypeEvidence.spans(AnswerType.DATE, VISIT, List.of(), "");

        assertThat(SentenceMeasures.nearFocus(dates, VISIT, Set.of("征兵"))).isFalse();
    }
}
