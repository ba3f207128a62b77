package newsdesk.bot;

/** {@code /subscribe 征兵}, {@code /subscriptions} and {@code /unsubscribe 征兵}, each a reply of {@link SubscriptionAction}. */
final class SubscriptionCommands {

    private SubscriptionCommands() {
    }

    static ReplyCommand subscribe(SubscriptionAction action, ReplySender sender) {
        return new ReplyCommand("subscribe", "订阅话题，有新报道时通知：/subscribe 征兵", action::subscribe, sender);
    }

    static ReplyCommand list(SubscriptionAction action, ReplySender sender) {
        return new ReplyCommand("subscriptions", "查看和退订你订阅的话题", (chat, typed) -> action.list(chat), sender);
    }

    static ReplyCommand unsubscribe(SubscriptionAction action, ReplySender sender) {
        return new ReplyCommand("unsubscribe", "退订话题：/unsubscribe 征兵", action::unsubscribe, sender);
    }
}
