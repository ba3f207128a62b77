package newsdesk.bot;

import java.util.concurrent.ScheduledExecutorService;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The bot's threads, created and shut down with its Spring context. They are held here rather than
 * published as {@code TaskExecutor}/{@code TaskScheduler} beans because any such bean makes Spring
 * Boot back off from the application's default executor and scheduler, which other features use.
 */
final class BotExecutors implements AutoCloseable {

    /** Answers questions; a full queue is the signal to tell users the bot is busy. */
    final ThreadPoolTaskExecutor workers;
    /** Renews typing indicators; the work is one short HTTP call. */
    final ThreadPoolTaskScheduler typing;
    /** Runs the getUpdates loop, which occupies its thread for as long as the bot runs. */
    final ThreadPoolTaskScheduler polling;
    /** Connects to Telegram at start (getMe, menu, update source), trying again while it cannot be reached. */
    final ThreadPoolTaskScheduler connecting;
    /** Resends kept replies; one thread keeps each chat's replies in order. */
    final ThreadPoolTaskScheduler resending;
    /** Sends subscription notices, one refresh's after another; a few refreshes may wait behind the one sending. */
    final ThreadPoolTaskExecutor notifying;

    BotExecutors(TelegramProperties.Workers sizes) {
        workers = new ThreadPoolTaskExecutor();
        workers.setThreadNamePrefix("bot-worker-");
        workers.setCorePoolSize(sizes.threads());
        workers.setMaxPoolSize(sizes.threads());
        workers.setQueueCapacity(sizes.queue());
        // Questions already accepted get their answers during a shutdown, within reason.
        workers.setWaitForTasksToCompleteOnShutdown(true);
        workers.setAwaitTerminationSeconds(10);
        workers.initialize();

        typing = scheduler("bot-typing-");
        polling = scheduler("bot-poll-");
        connecting = scheduler("bot-connect-");
        resending = scheduler("bot-resend-");

        notifying = new ThreadPoolTaskExecutor();
        notifying.setThreadNamePrefix("bot-notify-");
        notifying.setCorePoolSize(1);
        notifying.setMaxPoolSize(1);
        notifying.setQueueCapacity(16);
        notifying.initialize();
    }

    ScheduledExecutorService pollingExecutor() {
        return polling.getScheduledExecutor();
    }

    ScheduledExecutorService connectingExecutor() {
        return connecting.getScheduledExecutor();
    }

    ScheduledExecutorService resendingExecutor() {
        return resending.getScheduledExecutor();
    }

    private static ThreadPoolTaskScheduler scheduler(String prefix) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix(prefix);
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.initialize();
        return scheduler;
    }

    @Override
    public void close() {
        connecting.shutdown();
        polling.shutdown();
        // The workers finish what they accepted first: their replies may still be kept for resending.
        workers.shutdown();
        typing.shutdown();
        // Notices not yet sent are dropped rather than hold up the shutdown; the articles stay searchable.
        notifying.shutdown();
        resending.shutdown();
    }
}
