package newsdesk.bot;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;

/**
 * Starts the bot once the whole context is up: registers the command menu, then opens the update
 * source. Stopping closes the source first, so no new work arrives while the workers drain.
 */
final class BotLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BotLifecycle.class);

    private final ReplySender sender;
    private final List<BotCommand> commands;
    private final UpdateSource source;
    private final BotIdentity identity;
    private volatile boolean running;

    BotLifecycle(ReplySender sender, List<BotCommand> commands, UpdateSource source, BotIdentity identity) {
        this.sender = sender;
        this.commands = commands;
        this.source = source;
        this.identity = identity;
    }

    @Override
    public void start() {
        SetMyCommands menu = SetMyCommands.builder()
                .commands(commands.stream()
                        .map(command -> new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(
                                command.name(), command.description()))
                        .toList())
                .build();
        if (sender.execute(menu).isEmpty()) {
            log.warn("command menu not registered with Telegram; the commands still work when typed");
        }
        source.start();
        running = true;
        log.info("Telegram bot @{} is running", identity.username());
    }

    @Override
    public void stop() {
        source.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
