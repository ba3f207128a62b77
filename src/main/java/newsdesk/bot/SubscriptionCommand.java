package newsdesk.bot;

import java.util.function.BiFunction;

/** {@code /subscribe 征兵}, {@code /subscriptions} and {@code /unsubscribe 征兵}, each a reply of {@link SubscriptionAction}. */
final class SubscriptionCommand implements BotCommand {

    private final String name;
    private final String description;
    private final BiFunction<Long, String, Reply> reply;
    private final ReplySender sender;

    private SubscriptionCommand(String name, String description, BiFunction<Long, String, Reply> reply,
                                ReplySender sender) {
        this.name = name;
        this.description = description;
        this.reply = reply;
        this.sender = sender;
    }

    static SubscriptionCommand subscribe(SubscriptionAction action, ReplySender sender) {
        return new SubscriptionCommand("subscribe", "订阅话题，有新报道时通知：/subscribe 征兵", action::subscribe, sender);
    }

    static SubscriptionCommand list(SubscriptionAction action, ReplySender sender) {
        return new SubscriptionCommand("subscriptions", "查看和退订你订阅的话题", (chat, typed) -> action.list(chat), sender);
    }

    static SubscriptionCommand unsubscribe(SubscriptionAction action, ReplySender sender) {
        return new SubscriptionCommand("unsubscribe", "退订话题：/unsubscribe 征兵", action::unsubscribe, sender);
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
