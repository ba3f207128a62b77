package newsdesk.bot;

import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;

/** {@code /reset}: the chat's next question is taken on its own, not as a follow-up of the last one. */
final class ResetCommand implements BotCommand {

    private final Conversations conversations;
    private final String html;
    private final ReplySender sender;

    ResetCommand(Conversations conversations, String html, ReplySender sender) {
        this.conversations = conversations;
        this.html = html;
        this.sender = sender;
    }

    @Override
    public String name() {
        return "reset";
    }

    @Override
    public String description() {
        return "忘掉之前的问题，重新开始";
    }

    @Override
    public void run(Incoming.Command command) {
        conversations.forget(ConversationKey.telegramChat(command.chatId()));
        sender.send(command.chatId(), Reply.of(html));
    }
}
