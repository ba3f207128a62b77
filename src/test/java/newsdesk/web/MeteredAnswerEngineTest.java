package newsdesk.web;

import static newsdesk.web.WebFixtures.abstentionWithSuggestion;
import static newsdesk.web.WebFixtures.graduateSubsidyAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import newsdesk.answer.AnswerEngine;
import org.junit.jupiter.api.Test;

class MeteredAnswerEngineTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AnswerEngine engine = mock(AnswerEngine.class);
    private final MeteredAnswerEngine metered = new MeteredAnswerEngine(engine, registry);

    @Test
    void countsAnswersAndAbstentionsApartAndTimesEveryQuestion() {
        given(engine.answer("困难毕业生补贴每人多少钱？")).willReturn(graduateSubsidyAnswer());
        given(engine.answer("火星上有图书馆吗？")).willReturn(abstentionWithSuggestion());

        metered.answer("困难毕业生补贴每人多少钱？");
        metered.answer("困难毕业生补贴每人多少钱？");
        metered.answer("火星上有图书馆吗？");

        assertThat(registry.get(MeteredAnswerEngine.ANSWERED).counter().count()).isEqualTo(2);
        assertThat(registry.get(MeteredAnswerEngine.ABSTAINED).counter().count()).isEqualTo(1);
        assertThat(registry.get(MeteredAnswerEngine.LATENCY).timer().count()).isEqualTo(3);
    }

    @Test
    void returnsTheEnginesAnswerUnchanged() {
        given(engine.answer("困难毕业生补贴每人多少钱？")).willReturn(graduateSubsidyAnswer());

        assertThat(metered.answer("困难毕业生补贴每人多少钱？")).isEqualTo(graduateSubsidyAnswer());
    }
}
