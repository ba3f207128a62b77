package newsdesk.answer;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;

/** Real conversations over an engine, with the default settings and a clock the test may move. */
public final class ConversationFixtures {

    /** The settings the application binds by default: 3 turns, 30 minutes idle, 10,000 conversations. */
    public static final ConversationProperties DEFAULTS = new ConversationProperties(3, Duration.ofMinutes(30), 10_000);

    private ConversationFixtures() {
    }

    public static Conversations over(AnswerEngine engine, SearchService search) {
        return over(engine, search, Ticker.systemTicker());
    }

    public static Conversations over(AnswerEngine engine, SearchService search, Ticker ticker) {
        return new ConversationEngine(engine,
                new FollowUpRewriter(new SearchTermStatistics(search, SearchFixtures.tagger())), DEFAULTS, ticker);
    }
}
