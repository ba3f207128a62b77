package newsdesk.bot;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Replies worked out but not delivered because Telegram could not be reached (no answer, 5xx, 429). The
 * update they answer was already acknowledged, so dropping them would mean the citizen never hears back;
 * they are kept and resent with back-off, honouring Telegram's retry_after, for up to {@code keepFor}.
 * Each chat's replies go out in the order they were kept, and a reply is given up only with a log line
 * naming the chat. All resending happens on one scheduler thread, so the bot's workers never wait for it.
 */
final class PendingReplies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PendingReplies.class);

    private final TelegramClient client;
    private final ScheduledExecutorService scheduler;
    private final Backoff backoff;
    private final Duration keepFor;
    private final ReplyBacklog backlog;
    private final String token;
    private final Clock clock;

    PendingReplies(TelegramClient client, ScheduledExecutorService scheduler, Backoff backoff,
                   TelegramProperties.Sending limits, String token, Clock clock) {
        this.client = client;
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.keepFor = limits.keepFor();
        this.backlog = new ReplyBacklog(limits.maxKept());
        this.token = token;
        this.clock = clock;
    }

    /** True while replies to this chat wait; a new one must then queue behind them to keep the order. */
    boolean holds(long chatId) {
        return backlog.holds(chatId);
    }

    /** Messages waiting for resending, for health. */
    int size() {
        return backlog.messages();
    }

    /**
     * Keeps the rest of a reply for resending. False when it could not be kept (too many kept already, or
     * shutting down); it is then given up with a log line.
     *
     * @param cause why it was not sent now: a failed send, or none when only earlier replies block it
     */
    boolean keep(long chatId, List<SendMessage> parts, Optional<TelegramFailure> cause) {
        return switch (backlog.add(chatId, parts, clock.instant())) {
            case CLOSED -> {
                giveUp(chatId, "NewsDesk is shutting down");
                yield false;
            }
            case FULL -> {
                giveUp(chatId, backlog.messages() + " messages already wait for Telegram (sending.max-kept)");
                yield false;
            }
            case BEHIND_OTHERS -> true;
            case FIRST_FOR_CHAT -> {
                Duration wait = cause.map(failure -> wait(failure, backlog.failed(chatId))).orElse(backoff.initial());
                log.info("reply to chat {} kept for resending in {} ms: {}", chatId, wait.toMillis(),
                        cause.map(TelegramFailure::toString).orElse("earlier replies wait"));
                schedule(chatId, wait);
                yield true;
            }
        };
    }

    /** A reply Telegram will never accept (403: the user blocked the bot; 400: a message it rejects). */
    void refused(long chatId, TelegramFailure failure) {
        giveUp(chatId, "Telegram refused it, not retried: " + failure);
    }

    private void resend(long chatId) {
        try {
            while (resendNext(chatId)) {
                // Telegram answers again: the chat's next message goes out at once, in order.
            }
        } catch (RuntimeException e) {
            log.error("resending to chat {} failed", chatId, e);
            dropChat(chatId);
        }
    }

    /** Sends the chat's oldest kept message; true when the next one should be tried at once. */
    private boolean resendNext(long chatId) {
        Optional<ReplyBacklog.KeptReply> oldest = backlog.oldest(chatId);
        if (oldest.isEmpty()) {
            return false;
        }
        ReplyBacklog.KeptReply reply = oldest.get();
        try {
            client.execute(reply.parts().getFirst());
        } catch (TelegramApiException e) {
            return failed(chatId, reply, TelegramFailure.of(e, token));
        }
        ReplyBacklog.Progress progress = backlog.delivered(chatId, reply);
        if (progress != ReplyBacklog.Progress.PART_SENT) {
            log.info("reply to chat {} delivered {} s late", chatId, age(reply).toSeconds());
        }
        return progress != ReplyBacklog.Progress.CHAT_EMPTY;
    }

    private boolean failed(long chatId, ReplyBacklog.KeptReply reply, TelegramFailure failure) {
        int failures = backlog.failed(chatId);
        Duration wait = wait(failure, failures);
        if (failure.retryable() && age(reply).plus(wait).compareTo(keepFor) <= 0) {
            log.debug("reply to chat {} not delivered (attempt {}), retrying in {} ms: {}", chatId, failures,
                    wait.toMillis(), failure);
            schedule(chatId, wait);
            return false;
        }
        // A missing middle part would make the rest misleading: the whole reply goes.
        boolean more = backlog.drop(chatId, reply);
        giveUp(chatId, failure.retryable()
                ? "not delivered within " + keepFor.toSeconds() + " s (" + failures + " attempts), last: " + failure
                : "Telegram refused it, not retried: " + failure);
        return more;
    }

    /** The back-off, or longer when Telegram asked for a longer wait. */
    private Duration wait(TelegramFailure failure, int failures) {
        Duration wait = backoff.after(Math.max(1, failures));
        return failure.retryAfter().filter(asked -> asked.compareTo(wait) > 0).orElse(wait);
    }

    private Duration age(ReplyBacklog.KeptReply reply) {
        return Duration.between(reply.keptAt(), clock.instant());
    }

    private void schedule(long chatId, Duration wait) {
        try {
            scheduler.schedule(() -> resend(chatId), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The scheduler is shut down with the context.
            dropChat(chatId);
        }
    }

    private void dropChat(long chatId) {
        int dropped = backlog.dropChat(chatId);
        if (dropped > 0) {
            giveUp(chatId, dropped + " kept replies could not be resent");
        }
    }

    private static void giveUp(long chatId, String why) {
        log.warn("reply to chat {} given up: {}", chatId, why);
    }

    @Override
    public void close() {
        backlog.close().forEach((chatId, replies) -> giveUp(chatId, "NewsDesk is shutting down with " + replies
                + " replies still waiting for Telegram"));
    }
}
