package newsdesk.bot;

import java.util.Map;
import java.util.OptionalInt;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;
import newsdesk.feedback.Feedback;

/** {@code /forget}: every question and rating stored for this chat is deleted, and the conversation forgotten. */
final class ForgetCommand implements BotCommand {

    private final Feedback feedback;
    private final FeedbackAction ratings;
    private final Conversations conversations;
    private final BotMessages messages;
    private final ReplySender sender;

    ForgetCommand(Feedback feedback, FeedbackAction ratings, Conversations conversations, BotMessages messages,
                  ReplySender sender) {
        this.feedback = feedback;
        this.ratings = ratings;
        this.conversations = conversations;
        this.messages = messages;
        this.sender = sender;
    }

    @Override
    public String name() {
        return "forget";
    }

    @Override
    public String description() {
        return "删除为这个聊天保存的全部提问和评价";
    }

    @Override
    public void run(Incoming.Command command) {
        ConversationKey chat = ConversationKey.telegramChat(command.chatId());
        ratings.forgetWaiting(command.chatId());
        conversations.forget(chat);
        OptionalInt deleted = feedback.forget(chat);
        sender.send(command.chatId(), Reply.of(deleted.isPresent()
                ? BotMessages.fill(messages.forgotten(), Map.of("questions", String.valueOf(deleted.getAsInt())))
                : messages.error()));
    }
}
