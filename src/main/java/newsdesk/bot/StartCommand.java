package newsdesk.bot;

import newsdesk.answer.AnswerEngine;

/** {@code /start}: the welcome, with how many articles the bot knows and which dates they cover. */
final class StartCommand implements BotCommand {

    private final AnswerEngine engine;
    private final AnswerFormatter formatter;
    private final ReplySender sender;

    StartCommand(AnswerEngine engine, AnswerFormatter formatter, ReplySender sender) {
        this.engine = engine;
        this.formatter = formatter;
        this.sender = sender;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String description() {
        return "开始使用，看看我读过哪些报道";
    }

    @Override
    public void run(Incoming.Command command) {
        sender.send(command.chatId(), formatter.welcome(engine.summary()));
    }
}
