package newsdesk.bot;

/** A command answered with one fixed text from {@code bot-config/messages.yaml}: /help, /about, a bare /ask. */
final class TextCommand implements BotCommand {

    private final String name;
    private final String description;
    private final String html;
    private final ReplySender sender;

    TextCommand(String name, String description, String html, ReplySender sender) {
        this.name = name;
        this.description = description;
        this.html = html;
        this.sender = sender;
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
        sender.send(command.chatId(), Reply.of(html));
    }
}
