/**
 * Topics readers follow: a Telegram chat's subscriptions (stored beside the question log, the chat kept as
 * the question log keeps it plus its id sealed for delivery), the news for them after each refresh that adds
 * articles ({@link newsdesk.subscriptions.SubscriberNews}, for the bot to send), and the same as an Atom feed
 * per topic ({@link newsdesk.subscriptions.TopicFeed}, for the web page). Whether an article is about a
 * topic is decided in one place, {@link newsdesk.subscriptions.TopicRelevance}.
 */
@NullMarked
package newsdesk.subscriptions;

import org.jspecify.annotations.NullMarked;
