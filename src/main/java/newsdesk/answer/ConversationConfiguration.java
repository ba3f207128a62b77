package newsdesk.answer;

import com.github.benmanes.caffeine.cache.Ticker;
import newsdesk.search.SearchService;
import newsdesk.search.WordTagger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Conversations wrap the primary (metered) engine, so a completed follow-up is counted and timed once,
 * like any question.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Conversations conversations(AnswerEngine answerEngine, SearchService search, WordTagger tagger,
                                ConversationProperties properties) {
        return new ConversationEngine(answerEngine,
                new FollowUpRewriter(new SearchTermStatistics(search, tagger)), properties, Ticker.systemTicker());
    }
}
