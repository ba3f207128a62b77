package newsdesk.bot;

import newsdesk.answer.AnswerStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.CorpusSummary;
import newsdesk.answer.Edition;
import newsdesk.ingest.Article;

/** An answer engine with answers fixed per question; anything else gets an abstention without suggestions. */
final class FixedAnswerEngine implements AnswerEngine {

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private final AtomicReference<Duration> thinking = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Edition> edition = new AtomicReference<>(Edition.NONE);

    FixedAnswerEngine answering(Answer answer) {
        answers.put(answer.question(), answer);
        return this;
    }

    FixedAnswerEngine knowing(Article article) {
        articles.put(article.id(), article);
        return this;
    }

    FixedAnswerEngine withNewestEdition(Edition newest) {
        edition.set(newest);
        return this;
    }

    /** Every answer takes this long, as a slow engine would. */
    void thinkingFor(Duration duration) {
        thinking.set(duration);
    }

    @Override
    public Answer answer(String question) {
        try {
            Thread.sleep(thinking.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return answers.getOrDefault(question, new Answer(question, AnswerStatus.NONE, "报纸上没有找到相关报道", List.of(), 1));
    }

    @Override
    public Optional<Article> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public Edition newestEdition() {
        return edition.get();
    }

    @Override
    public CorpusSummary summary() {
        return BotFixtures.summary();
    }
}
