package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import newsdesk.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

class MeteredAnswerEngineTest {

    private static final String SUBSIDY_QUESTION = "困难毕业生补贴每人多少钱？";
    private static final String MARS_QUESTION = "火星上有图书馆吗？";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AnswerEngine engine = mock(AnswerEngine.class);
    private final MeteredAnswerEngine metered = new MeteredAnswerEngine(engine, registry);

    @Test
    void countsAnswersAndAbstentionsApartAndTimesEveryQuestion() {
        given(engine.answer(SUBSIDY_QUESTION)).willReturn(graduateSubsidyAnswer());
        given(engine.answer(MARS_QUESTION)).willReturn(abstentionWithSuggestion());

        metered.answer(SUBSIDY_QUESTION);
        metered.answer(SUBSIDY_QUESTION);
        metered.answer(MARS_QUESTION);

        assertThat(registry.get(MeteredAnswerEngine.ANSWERED).counter().count()).isEqualTo(2);
        assertThat(registry.get(MeteredAnswerEngine.ABSTAINED).counter().count()).isEqualTo(1);
        assertThat(registry.get(MeteredAnswerEngine.LATENCY).timer().count()).isEqualTo(3);
    }

    @Test
    void returnsTheEnginesAnswerUnchanged() {
        given(engine.answer(SUBSIDY_QUESTION)).willReturn(graduateSubsidyAnswer());

        assertThat(metered.answer(SUBSIDY_QUESTION)).isEqualTo(graduateSubsidyAnswer());
    }

    private static Answer graduateSubsidyAnswer() {
        String sentence = "困难毕业生每人可领取一次性求职创业补贴。";
        return new Answer(SUBSIDY_QUESTION, AnswerStatus.ANSWERED, sentence,
                List.of(new Citation("000_8d4900da70319227-06-0a1b2c3d", "我市发放困难毕业生求职创业补贴963.6万元",
                        PublicationDate.parse("2023-11"), 1, "000_8d4900da70319227.txt", sentence, 1.6)), 42);
    }

    private static Answer abstentionWithSuggestion() {
        return new Answer(MARS_QUESTION, AnswerStatus.NONE, "抱歉，报纸上没有找到与这个问题相关的报道。",
                List.of(new Citation("001_1e8b83b8a78d0517-02-0a1b2c3d", "清凉空间开放", PublicationDate.UNKNOWN, null,
                        "001_1e8b83b8a78d0517.txt", "图书馆免费开放。", 0.2)), 17);
    }
}
