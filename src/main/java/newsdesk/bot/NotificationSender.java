package newsdesk.bot;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import newsdesk.subscriptions.SubscriberNews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Sends a refresh's notices on the bot's own thread, so the refresh that published them does not wait on
 * Telegram. Overall they go at most {@code newsdesk.subscriptions.send-per-second} a second (a Bucket4j
 * bucket, as the chats' own limits), below Telegram's 30, leaving room for answers; each chat gets one
 * message per refresh, so Telegram's one a second per chat holds too. Sending, retries and keeping replies
 * through an outage are {@link ReplySender}'s; a chat that answers 403 has blocked the bot and is unsubscribed.
 */
final class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    /** Empty where the service keeps no subscriptions; then no news is ever published either. */
    private final Optional<SubscriptionAction> subscriptions;
    private final ReplySender sender;
    private final Executor executor;
    private final Bucket overall;

    NotificationSender(Optional<SubscriptionAction> subscriptions, ReplySender sender, Executor executor, int perSecond) {
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.executor = executor;
        this.overall = Bucket.builder()
                .addLimit(limit -> limit.capacity(perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build();
    }

    @EventListener
    void news(SubscriberNews news) {
        if (subscriptions.isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> send(news, subscriptions.get()));
        } catch (RejectedExecutionException e) {
            log.warn("subscriptions: {} notices dropped, the bot is shutting down or too far behind", news.notices().size());
        }
    }

    private void send(SubscriberNews news, SubscriptionAction subscriptions) {
        int sent = 0;
        int blocked = 0;
        for (SubscriberNews.Notice notice : news.notices()) {
            try {
                overall.asBlocking().consume(1);
            } catch (InterruptedException e) {
                // Shutting down: the rest of this refresh's notices are not sent.
                Thread.currentThread().interrupt();
                log.warn("subscriptions: {} notices not sent, the bot stopped", news.notices().size() - sent - blocked);
                return;
            }
            Delivery delivery = sender.send(notice.chatId(), subscriptions.notification(notice));
            if (delivery == Delivery.BLOCKED) {
                blocked++;
                log.info("subscriptions: chat {} blocked the bot; its {} subscriptions removed", notice.chatId(),
                        subscriptions.blocked(notice.chatId()));
            } else {
                sent++;
            }
        }
        log.info("subscriptions: {} notices handed to Telegram, {} chats had blocked the bot", sent, blocked);
    }
}
