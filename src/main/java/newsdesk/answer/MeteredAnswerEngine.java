package newsdesk.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.Optional;
import newsdesk.ingest.Article;

/**
 * Counts and times every question, whichever front end asked it (page, API, bot, command line), by
 * wrapping the engine they all share. The share of abstentions is the quickest sign that the paper
 * on file does not cover what people ask.
 */
class MeteredAnswerEngine implements AnswerEngine {

    static final String ANSWERED = "newsdesk.questions.answered";
    static final String ABSTAINED = "newsdesk.questions.abstained";
    static final String NOT_STATED = "newsdesk.questions.not-stated";
    static final String LATENCY = "newsdesk.answer.latency";

    private final AnswerEngine engine;
    private final Counter answered;
    private final Counter abstained;
    private final Counter notStated;
    private final Timer latency;

    MeteredAnswerEngine(AnswerEngine engine, MeterRegistry registry) {
        this.engine = engine;
        this.answered = Counter.builder(ANSWERED).description("Questions answered with a quote from the paper")
                .register(registry);
        this.abstained = Counter.builder(ABSTAINED)
                .description("Questions the paper had no answer to (the closest articles were suggested)")
                .register(registry);
        this.notStated = Counter.builder(NOT_STATED)
                .description("Questions on a topic the paper covers, asking for a fact it does not print")
                .register(registry);
        this.latency = Timer.builder(LATENCY).description("Time to answer one question")
                .publishPercentiles(0.5, 0.95).register(registry);
    }

    @Override
    public Answer answer(String question) {
        return counted(latency.record(() -> engine.answer(question)));
    }

    @Override
    public Answer answer(String question, LocalDate today) {
        return counted(latency.record(() -> engine.answer(question, today)));
    }

    private Answer counted(Answer answer) {
        switch (answer.status()) {
            case ANSWERED -> answered.increment();
            case NOT_STATED -> notStated.increment();
            case NONE -> abstained.increment();
        }
        return answer;
    }

    @Override
    public Optional<Article> article(String articleId) {
        return engine.article(articleId);
    }

    @Override
    public Edition newestEdition() {
        return engine.newestEdition();
    }

    @Override
    public CorpusSummary summary() {
        return engine.summary();
    }
}
