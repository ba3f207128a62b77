package newsdesk.bot;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * Connects the bot in the background once the context is up, so the web page and API never wait for
 * Telegram: getMe (who the bot is), the command menu, then the update source, each step tried again
 * with capped back-off until it works. A refused token is retried only at the longest wait: it will not
 * start working by itself, but an operator may fix it at BotFather without a restart (a revoked token
 * that is restored). Stopping closes the source first, so no new work arrives while the workers drain.
 */
final class BotLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BotLifecycle.class);

    private enum Step { IDENTITY, MENU, SOURCE }

    private final ReplySender sender;
    private final List<BotCommand> commands;
    private final UpdateSource source;
    private final KnownIdentity identity;
    private final BotStatus status;
    private final ScheduledExecutorService connecting;
    private final Backoff backoff;
    /** Guarded by {@code this}, as are the fields below it. */
    private Step next = Step.IDENTITY;
    private int failures;
    private Optional<ScheduledFuture<?>> scheduled = Optional.empty();
    private boolean running;

    BotLifecycle(ReplySender sender, List<BotCommand> commands, UpdateSource source, KnownIdentity identity,
                 BotStatus status, ScheduledExecutorService connecting, Backoff backoff) {
        this.sender = sender;
        this.commands = commands;
        this.source = source;
        this.identity = identity;
        this.status = status;
        this.connecting = connecting;
        this.backoff = backoff;
    }

    @Override
    public synchronized void start() {
        running = true;
        schedule(Duration.ZERO);
    }

    @Override
    public synchronized void stop() {
        running = false;
        scheduled.ifPresent(task -> task.cancel(false));
        source.stop();
        status.stopped();
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    private void connect() {
        while (true) {
            Step step;
            synchronized (this) {
                if (!running) {
                    return;
                }
                step = next;
            }
            Optional<Problem> problem = switch (step) {
                case IDENTITY -> identify();
                case MENU -> registerMenu();
                case SOURCE -> openSource();
            };
            synchronized (this) {
                if (problem.isPresent()) {
                    retryLater(problem.get());
                    return;
                }
                failures = 0;
                if (step == Step.SOURCE) {
                    String username = identity.get().username();
                    status.running("@" + username);
                    log.info("Telegram bot @{} is running", username);
                    return;
                }
                next = Step.values()[step.ordinal() + 1];
            }
        }
    }

    private Optional<Problem> identify() {
        ReplySender.Attempt<User> me = sender.once(new GetMe());
        if (me.value().isPresent()) {
            User user = me.value().get();
            identity.set(new BotIdentity(user.getId(), user.getUserName() == null ? "" : user.getUserName()));
            return Optional.empty();
        }
        return Optional.of(me.failure()
                .map(failure -> new Problem("getMe: " + failure, failure.tokenRefused()))
                .orElse(new Problem("getMe answered without a user", false)));
    }

    private Optional<Problem> registerMenu() {
        SetMyCommands menu = SetMyCommands.builder()
                .commands(commands.stream()
                        .map(command -> new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(
                                command.name(), command.description()))
                        .toList())
                .build();
        Optional<TelegramFailure> failure = sender.once(menu).failure();
        if (failure.isPresent() && failure.get().retryable()) {
            return Optional.of(new Problem("setMyCommands: " + failure.get(), false));
        }
        failure.ifPresent(refused -> log.warn("command menu not registered with Telegram, the commands still work "
                + "when typed: {}", refused));
        return Optional.empty();
    }

    private synchronized Optional<Problem> openSource() {
        if (!running) {
            return Optional.empty();
        }
        try {
            source.start();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new Problem(e.getMessage(), false));
        }
    }

    /** Called holding the lock. */
    private void retryLater(Problem problem) {
        failures++;
        Duration wait = problem.tokenRefused() ? backoff.max() : backoff.after(failures);
        if (problem.tokenRefused()) {
            status.tokenRefused(failures, problem.text(), wait);
            log.error("Telegram refused the bot token: check NEWSDESK_TELEGRAM_TOKEN (attempt {}, next in {} s): {}",
                    failures, wait.toSeconds(), problem.text());
        } else {
            status.connecting(failures, problem.text(), wait);
            log.warn("Telegram bot not connected yet (attempt {}, next in {} ms): {}", failures, wait.toMillis(),
                    problem.text());
        }
        schedule(wait);
    }

    /** Called holding the lock. */
    private void schedule(Duration wait) {
        if (!running) {
            return;
        }
        try {
            scheduled = Optional.of(connecting.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            // Shutting down: the context is closing the bot's threads.
            running = false;
        }
    }

    private record Problem(String text, boolean tokenRefused) {
    }
}
