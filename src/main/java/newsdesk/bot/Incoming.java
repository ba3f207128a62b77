package newsdesk.bot;

/** What a chat sent, reduced to what the bot acts on; {@link UpdateRouter} makes these from updates. */
sealed interface Incoming {

    long chatId();

    /**
     * A command such as {@code /start}; {@code argument} is the text after it, stripped.
     *
     * @param privateChat an unknown command is answered with help only there: in a group it may be another bot's
     */
    record Command(long chatId, String name, String argument, boolean privateChat) implements Incoming {
    }

    /** A question for the paper, from a private chat, a mention, a reply to the bot or {@code /ask}. */
    record Question(long chatId, String text, long receivedNanos) implements Incoming {
    }

    /** A press on one of the bot's inline buttons. */
    record ButtonPress(long chatId, String callbackId, CallbackData data) implements Incoming {
    }
}
