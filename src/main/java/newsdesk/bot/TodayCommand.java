package newsdesk.bot;

import newsdesk.answer.AnswerEngine;

/** {@code /today}: the newest edition's headlines, by page. */
final class TodayCommand implements BotCommand {

    private final AnswerEngine engine;
    private final ListReplies replies;
    private final ReplySender sender;

    TodayCommand(AnswerEngine engine, ListReplies replies, ReplySender sender) {
        this.engine = engine;
        this.replies = replies;
        this.sender = sender;
    }

    @Override
    public String name() {
        return "today";
    }

    @Override
    public String description() {
        return "最新一期报纸的标题，按版面列出";
    }

    @Override
    public void run(Incoming.Command command) {
        sender.send(command.chatId(), replies.edition(engine.newestEdition()));
    }
}
