package newsdesk.bot;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;
import newsdesk.feedback.Feedback;

/** {@code /forget}: every question, rating and subscription stored for this chat is deleted, and the conversation forgotten. */
final class ForgetCommand implements BotCommand {

    private final Feedback feedback;
    private final FeedbackAction ratings;
    private final Conversations conversations;
    private final BotMessages messages;
    private final ReplySender sender;
    private final Optional<SubscriptionAction> subscriptions;

    ForgetCommand(Feedback feedback, FeedbackAction ratings, Conversations conversations, BotMessages messages,
                  ReplySender sender, Optional<SubscriptionAction> subscriptions) {
        this.feedback = feedback;
        this.ratings = ratings;
        this.conversations = conversations;
        this.messages = messages;
        this.sender = sender;
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "forget";
    }

    @Override
    public String description() {
        return "删除为这个聊天保存的全部提问、评价和订阅";
    }

    @Override
    public void run(Incoming.Command command) {
        ConversationKey chat = ConversationKey.telegramChat(command.chatId());
        ratings.forgetWaiting(command.chatId());
        conversations.forget(chat);
        OptionalInt deleted = feedback.forget(chat);
        int unsubscribed;
        try {
            unsubscribed = subscriptions.map(topics -> topics.forget(command.chatId())).orElse(0);
        } catch (RuntimeException e) {
            // Same database as the questions: if it failed here, saying "deleted" would be untrue.
            deleted = OptionalInt.empty();
            unsubscribed = 0;
        }
        sender.send(command.chatId(), Reply.of(deleted.isPresent()
                ? BotMessages.fill(messages.forgotten(), Map.of("questions", String.valueOf(deleted.getAsInt()),
                        "subscriptions", String.valueOf(unsubscribed)))
                : messages.error()));
    }
}
