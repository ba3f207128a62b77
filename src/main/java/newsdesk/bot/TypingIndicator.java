package newsdesk.bot;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.scheduling.TaskScheduler;

/**
 * Shows "typing…" while a slow answer is being worked out. It first appears after {@code delay}, so a
 * quick answer does not flash it, and is renewed every four seconds because Telegram clears it after
 * five.
 */
final class TypingIndicator {

    private static final Duration RENEW = Duration.ofSeconds(4);

    private final TaskScheduler scheduler;
    private final ReplySender sender;
    private final Duration delay;

    TypingIndicator(TaskScheduler scheduler, ReplySender sender, Duration delay) {
        this.scheduler = scheduler;
        this.sender = sender;
        this.delay = delay;
    }

    /** Close the returned handle as soon as the reply is ready. */
    Showing whileAnswering(long chatId) {
        ScheduledFuture<?> task = scheduler.scheduleAtFixedRate(() -> sender.typing(chatId),
                java.time.Instant.now().plus(delay), RENEW);
        return () -> task.cancel(false);
    }

    interface Showing extends AutoCloseable {
        @Override
        void close();
    }
}
