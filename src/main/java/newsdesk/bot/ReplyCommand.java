package newsdesk.bot;

import java.util.function.BiFunction;

/**
 * A command answered with one reply, worked out from the chat and what was typed after the command:
 * a fixed text (/help, /about, a bare /ask) or a subscription change ({@link SubscriptionCommands}).
 */
final class ReplyCommand implements BotCommand {

    private final String name;
    private final String description;
    private final BiFunction<Long, String, Reply> reply;
    private final ReplySender sender;

    /** @param reply the reply to a chat's id and the command's argument */
    ReplyCommand(String name, String description, BiFunction<Long, String, Reply> reply, ReplySender sender) {
        this.name = name;
        this.description = description;
        this.reply = reply;
        this.sender = sender;
    }

    /** Answered with one fixed text from {@code bot-config/messages.yaml}. */
    static ReplyCommand fixed(String name, String description, String html, ReplySender sender) {
        return new ReplyCommand(name, description, (chat, typed) -> Reply.of(html), sender);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void run(Incoming.Command command) {
        sender.send(command.chatId(), reply.apply(command.chatId(), command.argument()));
    }
}
