package newsdesk.subscriptions;

import java.util.List;
import newsdesk.ingest.Article;

/**
 * Published after a refresh added articles that subscribed topics match: one notice per chat, for the bot to
 * send. A chat's notice holds every new article about any of its topics, once, so it gets one message however
 * many of its topics matched.
 */
public record SubscriberNews(List<Notice> notices) {

    public SubscriberNews {
        notices = List.copyOf(notices);
    }

    /**
     * @param topics   the chat's topics that matched, in its order
     * @param articles the new articles about them, at most {@code newsdesk.subscriptions.max-articles}
     * @param more     matching articles beyond those listed
     */
    public record Notice(long chatId, List<String> topics, List<Article> articles, int more) {
        public Notice {
            topics = List.copyOf(topics);
            articles = List.copyOf(articles);
        }
    }
}
