package newsdesk.subscriptions;

import java.time.Clock;
import newsdesk.feedback.ChatKeys;
import newsdesk.search.SearchService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscriptions live in the question log's database, so they are on only where it is (not for the command-line
 * tools) and when {@code newsdesk.subscriptions.enabled} is not false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = {"newsdesk.feedback.enabled", "newsdesk.subscriptions.enabled"}, matchIfMissing = true)
class SubscriptionsConfiguration {

    @Bean
    SubscriptionStore subscriptionStore(JdbcClient jdbcClient) {
        return new SubscriptionStore(jdbcClient);
    }

    @Bean
    Subscriptions subscriptions(SubscriptionStore subscriptionStore, ChatKeys chatKeys, SearchService searchService,
                                Clock clock, SubscriptionsProperties properties) {
        return new Subscriptions(subscriptionStore, chatKeys, searchService, clock, properties);
    }

    @Bean
    NewsForSubscribers newsForSubscribers(SubscriptionStore subscriptionStore, ChatKeys chatKeys,
                                          SearchService searchService, TopicRelevance topicRelevance,
                                          ApplicationEventPublisher events, SubscriptionsProperties properties) {
        return new NewsForSubscribers(subscriptionStore, chatKeys, searchService, topicRelevance, events, properties);
    }
}
