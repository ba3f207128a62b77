package newsdesk.bot;

import static newsdesk.bot.TelegramHtml.bold;
import static newsdesk.bot.TelegramHtml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Answer;
import newsdesk.bot.Reply.Button;
import newsdesk.ingest.Article;
import newsdesk.subscriptions.SubscriberNews;
import newsdesk.subscriptions.Subscriptions;

/**
 * The chat's side of subscriptions: /subscribe, /subscriptions with a button per topic to unsubscribe,
 * /unsubscribe, the "有新报道时通知我" button under an answer, and the notification's text and buttons.
 */
final class SubscriptionAction {

    static final String FOLLOW_LABEL = "有新报道时通知我";
    static final String UNFOLLOW_LABEL = "退订 ";
    static final String MANAGE_HINT = "发送 /subscriptions 查看和退订。";

    private final Subscriptions subscriptions;
    private final BotMessages.Subscribing texts;

    SubscriptionAction(Subscriptions subscriptions, BotMessages messages) {
        this.subscriptions = subscriptions;
        this.texts = messages.subscribing();
    }

    Reply subscribe(long chatId, String typed) {
        if (typed.isBlank()) {
            return Reply.of(texts.usage());
        }
        Subscriptions.Subscribed done = subscriptions.subscribe(chatId, typed);
        Map<String, String> values = Map.of("topic", done.topic(), "max", String.valueOf(subscriptions.maxPerChat()));
        return Reply.of(BotMessages.fill(switch (done.outcome()) {
            case ADDED -> texts.added();
            case ALREADY -> texts.already();
            case LIMIT -> texts.limit();
            case INVALID -> texts.invalid();
        }, values));
    }

    /** The chat's topics, each with a button that unsubscribes it. */
    Reply list(long chatId) {
        List<String> topics = subscriptions.topics(chatId);
        if (topics.isEmpty()) {
            return Reply.of(texts.none());
        }
        StringBuilder html = new StringBuilder(BotMessages.fill(texts.list(),
                Map.of("max", String.valueOf(subscriptions.maxPerChat()))));
        List<List<Button>> rows = new ArrayList<>();
        for (String topic : topics) {
            html.append("\n• ").append(escape(topic));
            rows.add(List.of(new Button(UNFOLLOW_LABEL + topic, new CallbackData.Unfollow(topic).encode())));
        }
        return new Reply(html.toString(), rows);
    }

    /** /unsubscribe without a topic lists the topics with their buttons. */
    Reply unsubscribe(long chatId, String typed) {
        if (typed.isBlank()) {
            return list(chatId);
        }
        boolean removed = subscriptions.unsubscribe(chatId, typed);
        return Reply.of(BotMessages.fill(removed ? texts.removed() : texts.unknown(), Map.of("topic", typed.strip())));
    }

    /** The answer's reply with a button to follow the question's topic, when it has one. */
    Reply withFollowButton(Answer answer, Reply reply) {
        String question = answer.understoodAs() == null ? answer.question() : answer.understoodAs();
        return subscriptions.topicOf(question)
                .map(topic -> reply.withRow(List.of(new Button(FOLLOW_LABEL, new CallbackData.Follow(topic).encode()))))
                .orElse(reply);
    }

    /**
     * One message for all of a chat's matched topics: the new articles' titles and dates, one full-text button
     * each (the buttons of a broad question's list), a count for those beyond.
     */
    Reply notification(SubscriberNews.Notice notice) {
        StringBuilder html = new StringBuilder(BotMessages.fill(texts.notification(),
                Map.of("topics", String.join("、", notice.topics()))));
        List<List<Button>> rows = new ArrayList<>();
        int number = 0;
        for (Article article : notice.articles()) {
            number++;
            html.append("\n\n").append(number).append(". ").append(bold(article.displayTitle()));
            String where = AnswerFormatter.where(article.date(), article.page());
            if (!where.isEmpty()) {
                html.append(escape("（" + where + "）"));
            }
            AnswerFormatter.fullTextButton(number + ". " + AnswerFormatter.shorten(article.displayTitle()), article.id())
                    .ifPresent(button -> rows.add(List.of(button)));
        }
        if (notice.more() > 0) {
            html.append("\n\n").append(escape("另有 " + notice.more() + " 篇相关报道，可以直接提问查找。"));
        }
        html.append("\n\n").append(escape(MANAGE_HINT));
        return new Reply(html.toString(), rows);
    }

    /** A chat that blocked the bot hears nothing more: its subscriptions go. */
    int blocked(long chatId) {
        return subscriptions.forget(chatId);
    }

    int forget(long chatId) {
        return subscriptions.forget(chatId);
    }
}
