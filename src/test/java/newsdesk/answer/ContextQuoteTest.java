package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextQuoteTest {

    private static final List<String> SENTENCES = List.of(
            "川汇区图书馆积极响应“清凉空间”开放活动号召。",
            "该馆免费提供藿香正气水、风油精、创可贴等药品。",
            "主要措施有：",
            "一是延长开放时间；",
            "二是增设座位。");

    @Test
    void aSentenceThatSaysWhichOneByTheWordBeforeBringsThatSentence() {
        assertThat(ContextQuote.around(SENTENCES, 1)).containsExactly(SENTENCES.get(0), SENTENCES.get(1));
    }

    @Test
    void aSentenceThatStandsAloneIsQuotedAlone() {
        assertThat(ContextQuote.around(SENTENCES, 0)).containsExactly(SENTENCES.get(0));
    }

    @Test
    void aListAfterAColonIsQuotedWithItsLeadButNeverMoreThanThreeSentences() {
        assertThat(ContextQuote.around(SENTENCES, 3)).containsExactly(SENTENCES.get(2), SENTENCES.get(3));
        assertThat(ContextQuote.around(SENTENCES, 2)).hasSizeLessThanOrEqualTo(ContextQuote.MAX_SENTENCES)
                .startsWith(SENTENCES.get(2), SENTENCES.get(3));
    }

    @Test
    void theEndOfSomeonesWordsIsQuotedWithTheSentenceSayingWhoseTheyAre() {
        List<String> sentences = List.of(
                "“很快就听说搬口办事处敞开机关单位大门，我觉得很好。”",
                "家住搬口办事处名都社区的王先生说。",
                "截至目前，该区收集问题1232个。");

        assertThat(ContextQuote.around(sentences, 0)).containsExactly(sentences.get(0), sentences.get(1));
    }

    @Test
    void aSpeakerWhoGoesOnSpeakingIsQuotedWithTheWordsBeforeHim() {
        List<String> sentences = List.of(
                "“走访只有进行时，没有完成时。”",
                "高宾说，接下来，示范区将继续深入开展入户大走访活动。",
                "据介绍，全区需走访的群众为27018户。");

        assertThat(ContextQuote.around(sentences, 0)).containsExactly(sentences.get(0), sentences.get(1));
        assertThat(ContextQuote.around(List.of(sentences.get(0), sentences.get(2)), 0)).containsExactly(sentences.get(0));
    }

    @Test
    void aSentenceThatClosesNoQuoteTakesNoSpeakerAfterIt() {
        List<String> sentences = List.of("该区收集问题1232个。", "家住搬口办事处名都社区的王先生说。");

        assertThat(ContextQuote.around(sentences, 0)).containsExactly(sentences.get(0));
    }
}
