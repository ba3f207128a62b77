package newsdesk.subscriptions;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Subscriptions to topics and the feeds of them.
 *
 * @param enabled        off keeps no subscriptions and offers no subscribe button (the feeds stay: they store nothing)
 * @param maxPerChat     10: enough for a community worker's policy areas, few enough that one chat's notices stay
 *                       one readable message
 * @param minCoverage    the idf-weighted share of a topic's words an article must contain; calibrated on the sample
 *                       pages (README, "Subscriptions and feeds")
 * @param minMentions    how often the topic's words must occur in an article whose headline does not name the topic,
 *                       so that a passing mention in a list of the month's work is not news about it
 * @param maxArticles    articles listed in one notification; more are summed up as a count, so the message stays one
 *                       Telegram message
 * @param feedEntries    newest matching articles in a topic's Atom feed
 * @param sendPerSecond  notifications sent per second overall: below Telegram's 30, so answers still get through
 *                       while a refresh's notices go out
 */
@Validated
@ConfigurationProperties("newsdesk.subscriptions")
public record SubscriptionsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10") @Min(1) @Max(50) int maxPerChat,
        @DefaultValue("0.8") @DecimalMin("0.1") @DecimalMax("1.0") double minCoverage,
        @DefaultValue("2") @Min(1) @Max(20) int minMentions,
        @DefaultValue("10") @Min(1) @Max(30) int maxArticles,
        @DefaultValue("20") @Min(1) @Max(100) int feedEntries,
        @DefaultValue("20") @Min(1) @Max(30) int sendPerSecond) {
}
