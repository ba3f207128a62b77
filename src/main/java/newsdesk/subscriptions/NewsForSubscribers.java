package newsdesk.subscriptions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsdesk.admin.ArticlesAdded;
import newsdesk.feedback.ChatKeys;
import newsdesk.ingest.Article;
import newsdesk.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;

/**
 * After a refresh added articles: each subscribed topic is matched against those new articles only (never the
 * whole index, which would notify of old news), and each chat with a match gets one notice. Runs on the
 * refresh's thread, which has just committed; sending is the bot's, on its own thread.
 */
final class NewsForSubscribers {

    private static final Logger log = LoggerFactory.getLogger(NewsForSubscribers.class);

    private final SubscriptionStore store;
    private final ChatKeys chats;
    private final SearchService search;
    private final TopicRelevance relevance;
    private final ApplicationEventPublisher events;
    private final int maxArticles;

    NewsForSubscribers(SubscriptionStore store, ChatKeys chats, SearchService search, TopicRelevance relevance,
                       ApplicationEventPublisher events, SubscriptionsProperties properties) {
        this.store = store;
        this.chats = chats;
        this.search = search;
        this.relevance = relevance;
        this.events = events;
        this.maxArticles = properties.maxArticles();
    }

    @EventListener
    void articlesAdded(ArticlesAdded added) {
        try {
            List<SubscriberNews.Notice> notices = notices(added.articleIds());
            log.info("subscriptions: {} new articles, {} chats to notify", added.articleIds().size(), notices.size());
            if (!notices.isEmpty()) {
                events.publishEvent(new SubscriberNews(notices));
            }
        } catch (RuntimeException e) {
            // The refresh has committed and must not be reported failed because its notices could not be made.
            log.warn("subscriptions: no notices for {} new articles: {}", added.articleIds().size(), e.toString());
        }
    }

    List<SubscriberNews.Notice> notices(List<String> articleIds) {
        List<TopicRelevance.ArticleWords> articles = articleIds.stream().map(search::article).flatMap(Optional::stream)
                .map(relevance::words).toList();
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<String, List<SubscriptionStore.Row>> byChat = new LinkedHashMap<>();
        store.all().forEach(row -> byChat.computeIfAbsent(row.chat(), chat -> new ArrayList<>()).add(row));
        Map<String, Set<String>> matchesByTopic = new HashMap<>();
        List<SubscriberNews.Notice> notices = new ArrayList<>();
        for (List<SubscriptionStore.Row> rows : byChat.values()) {
            List<String> topics = new ArrayList<>();
            Set<String> ids = new LinkedHashSet<>();
            for (SubscriptionStore.Row row : rows) {
                Set<String> matching = matchesByTopic.computeIfAbsent(row.topic(), topic -> matching(topic, articles));
                if (!matching.isEmpty()) {
                    topics.add(row.topic());
                    ids.addAll(matching);
                }
            }
            if (ids.isEmpty()) {
                continue;
            }
            notice(rows.getFirst(), topics, articles.stream().map(TopicRelevance.ArticleWords::article)
                    .filter(article -> ids.contains(article.id())).toList()).ifPresent(notices::add);
        }
        return notices;
    }

    private Set<String> matching(String topic, List<TopicRelevance.ArticleWords> articles) {
        TopicRelevance.TopicWords words = relevance.words(new Topic(topic));
        Set<String> ids = new LinkedHashSet<>();
        articles.stream().filter(article -> relevance.about(words, article)).forEach(article -> ids.add(article.article().id()));
        return ids;
    }

    private Optional<SubscriberNews.Notice> notice(SubscriptionStore.Row chat, List<String> topics, List<Article> articles) {
        long chatId;
        try {
            chatId = chats.unseal(chat.sealedChat());
        } catch (IllegalArgumentException e) {
            // Sealed under another secret (the key file was replaced): the chat cannot be reached, nor found again.
            log.warn("subscriptions: a chat's id cannot be unsealed with the current secret; its notice is dropped");
            return Optional.empty();
        }
        List<Article> listed = articles.subList(0, Math.min(maxArticles, articles.size()));
        return Optional.of(new SubscriberNews.Notice(chatId, topics, listed, articles.size() - listed.size()));
    }
}
