package newsdesk.subscriptions;

import newsdesk.search.SearchService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The relevance rule and the feeds, which store nothing and so are there with or without the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubscriptionsProperties.class)
class FeedConfiguration {

    @Bean
    TopicRelevance topicRelevance(SearchService searchService, SubscriptionsProperties properties) {
        return new TopicRelevance(searchService, properties);
    }

    @Bean
    TopicFeed topicFeed(SearchService searchService, TopicRelevance topicRelevance, SubscriptionsProperties properties) {
        return new TopicFeed(searchService, topicRelevance, properties);
    }
}
