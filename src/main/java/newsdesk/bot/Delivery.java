package newsdesk.bot;

/** What became of a reply handed to {@link ReplySender#send}; the label is what the question log shows. */
enum Delivery {
    SENT("true"),
    /** Telegram could not be reached; the reply waits in {@link PendingReplies} and goes out later. */
    KEPT("kept"),
    /** Given up: Telegram refused it, or it could not be kept. The log line names the chat. */
    GIVEN_UP("false"),
    /** Given up because Telegram answered 403: the user blocked the bot, or the bot is no longer in the group. */
    BLOCKED("blocked");

    final String label;

    Delivery(String label) {
        this.label = label;
    }
}
