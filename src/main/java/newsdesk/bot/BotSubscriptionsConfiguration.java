package newsdesk.bot;

import java.util.Optional;
import newsdesk.subscriptions.Subscriptions;
import newsdesk.subscriptions.SubscriptionsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

/**
 * The bot's side of subscriptions: its topic commands and buttons, and the sender of each refresh's notices.
 * Imported by {@link BotConfiguration} and so wired only with the bot; no {@code @Configuration} of its own, so
 * component scanning does not find it without the bot's conditions.
 */
class BotSubscriptionsConfiguration {

    /** newsdesk.subscriptions.send-per-second's default, for a bot wired without the subscriptions' settings. */
    private static final int DEFAULT_NOTICES_PER_SECOND = 20;

    /** Subscriptions where the service keeps them (subscriptions.Subscriptions); without, no topic commands or buttons. */
    @Bean
    BotSubscriptions botSubscriptions(ObjectProvider<Subscriptions> subscriptions, BotMessages botMessages) {
        return new BotSubscriptions(Optional.ofNullable(subscriptions.getIfAvailable())
                .map(topics -> new SubscriptionAction(topics, botMessages)));
    }

    /** Sends each refresh's notices, on a thread of its own, where there are subscriptions. */
    @Bean
    NotificationSender notificationSender(BotSubscriptions botSubscriptions, ReplySender replySender,
                                          BotExecutors botExecutors, ObjectProvider<SubscriptionsProperties> properties) {
        SubscriptionsProperties settings = properties.getIfAvailable();
        return new NotificationSender(botSubscriptions.action(), replySender, botExecutors.notifying,
                settings == null ? DEFAULT_NOTICES_PER_SECOND : settings.sendPerSecond());
    }

    /** The bot's use of subscriptions, empty where the service keeps none. */
    record BotSubscriptions(Optional<SubscriptionAction> action) {
    }
}
