package newsdesk.bot;

import java.util.Optional;
import newsdesk.answer.AnswerEngine;

/** The answer's buttons: "来源" lists all citations with excerpts, "全文" sends an article, 👍 / 👎 rate it, topic buttons (un)subscribe. */
final class ButtonAction {

    private final AnswerEngine engine;
    private final AnswerFormatter formatter;
    private final RecentAnswers recent;
    private final ReplySender sender;
    private final BotMessages messages;
    private final Optional<FeedbackAction> feedback;
    private final Optional<SubscriptionAction> subscriptions;

    ButtonAction(AnswerEngine engine, AnswerFormatter formatter, RecentAnswers recent, ReplySender sender,
                 BotMessages messages, Optional<FeedbackAction> feedback, Optional<SubscriptionAction> subscriptions) {
        this.engine = engine;
        this.formatter = formatter;
        this.recent = recent;
        this.sender = sender;
        this.messages = messages;
        this.feedback = feedback;
        this.subscriptions = subscriptions;
    }

    void run(Incoming.ButtonPress press) {
        // Stop the button's spinner first: the reply may take a moment, and Telegram wants an answer quickly.
        sender.answerCallback(press.callbackId(), "");
        Reply reply = switch (press.data()) {
            case CallbackData.Sources sources -> recent.find(sources.answerKey())
                    .map(formatter::sources)
                    .orElseGet(() -> Reply.of(messages.expired()));
            case CallbackData.FullText fullText -> engine.article(fullText.articleId())
                    .map(formatter::article)
                    .orElseGet(() -> Reply.of(messages.expired()));
            // Without a question log no rating button is sent; one pressed anyway is from a hand-made client.
            case CallbackData.Rate rate -> feedback.map(ratings -> ratings.rate(press.chatId(), rate))
                    .orElseGet(() -> Reply.of(messages.expired()));
            // Likewise, topic buttons are sent only where subscriptions are kept.
            case CallbackData.Follow follow -> subscriptions.map(topics -> topics.subscribe(press.chatId(), follow.topic()))
                    .orElseGet(() -> Reply.of(messages.expired()));
            case CallbackData.Unfollow unfollow -> subscriptions
                    .map(topics -> topics.unsubscribe(press.chatId(), unfollow.topic()))
                    .orElseGet(() -> Reply.of(messages.expired()));
        };
        sender.send(press.chatId(), reply);
    }
}
