package newsdesk.bot;

/** A slash command; the bot registers each one's name and description with Telegram at start-up. */
interface BotCommand {

    String name();

    /** Shown in Telegram's command menu. */
    String description();

    void run(Incoming.Command command);
}
