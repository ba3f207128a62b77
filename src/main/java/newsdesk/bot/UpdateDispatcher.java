package newsdesk.bot;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates (from long polling or the webhook), checks the chat's rate limit and hands the work
 * to the bounded worker pool, so receiving never waits for an answer. When the queue is full the asker
 * hears "busy" at once.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateRouter router;
    private final ChatRateLimiter rateLimiter;
    private final Executor workers;
    private final Map<String, BotCommand> commands;
    private final QuestionAction questions;
    private final ButtonAction buttons;
    private final ReplySender sender;
    private final BotMessages messages;

    UpdateDispatcher(UpdateRouter router, ChatRateLimiter rateLimiter, Executor workers, List<BotCommand> commands,
                     QuestionAction questions, ButtonAction buttons, ReplySender sender, BotMessages messages) {
        this.router = router;
        this.rateLimiter = rateLimiter;
        this.workers = workers;
        this.commands = commands.stream().collect(Collectors.toUnmodifiableMap(BotCommand::name, Function.identity()));
        this.questions = questions;
        this.buttons = buttons;
        this.sender = sender;
        this.messages = messages;
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::consume);
    }

    void consume(Update update) {
        try {
            router.route(update).ifPresent(this::dispatch);
        } catch (RuntimeException e) {
            // One malformed update must not cost the rest of the batch.
            log.error("update {} could not be routed", update.getUpdateId(), e);
        }
    }

    private void dispatch(Incoming incoming) {
        // Button presses are cheap and answer an earlier question; only new requests count against the limit.
        if (!(incoming instanceof Incoming.ButtonPress)) {
            switch (rateLimiter.check(incoming.chatId())) {
                case ALLOWED -> { }
                case LIMITED_TELL -> {
                    sender.notice(incoming.chatId(), messages.rateLimited());
                    return;
                }
                case LIMITED_QUIET -> {
                    return;
                }
            }
        }
        try {
            workers.execute(() -> handle(incoming));
        } catch (RejectedExecutionException e) {
            log.warn("workers busy, chat {} told to try again", incoming.chatId());
            sender.notice(incoming.chatId(), messages.busy());
        }
    }

    private void handle(Incoming incoming) {
        try {
            switch (incoming) {
                case Incoming.Question question -> questions.run(question);
                case Incoming.ButtonPress press -> buttons.run(press);
                case Incoming.Command command -> command(command);
            }
        } catch (RuntimeException e) {
            log.error("handling {} for chat {} failed", incoming.getClass().getSimpleName(), incoming.chatId(), e);
        }
    }

    private void command(Incoming.Command command) {
        BotCommand known = commands.get(command.name());
        if (known != null) {
            known.run(command);
        } else if (command.privateChat()) {
            commands.get("help").run(command);
        }
    }
}
