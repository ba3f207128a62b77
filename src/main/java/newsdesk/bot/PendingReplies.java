package newsdesk.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final TelegramProperties.Sending limits;
    private final String token;
    private final Clock clock;
    /** Guarded by {@code this}, as are {@link #kept} and {@link #closed}. */
    private final Map<Long, ChatQueue> chats = new HashMap<>();
    private int kept;
    private boolean closed;

    /** The parts of one reply still to send, oldest first. */
    private record KeptReply(Deque<SendMessage> parts, Instant keptAt) {
    }

    private static final class ChatQueue {
        final Deque<KeptReply> replies = new ArrayDeque<>();
        int failures;
    }

    PendingReplies(TelegramClient client, ScheduledExecutorService scheduler, Backoff backoff,
                   TelegramProperties.Sending limits, String token, Clock clock) {
        this.client = client;
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.limits = limits;
        this.token = token;
        this.clock = clock;
    }

    /** True while replies to this chat wait; a new one must then queue behind them to keep the order. */
    synchronized boolean holds(long chatId) {
        return chats.containsKey(chatId);
    }

    /** Messages waiting for resending, for health. */
    synchronized int size() {
        return kept;
    }

    /**
     * Keeps the rest of a reply for resending. False when it could not be kept (too many kept already, or
     * shutting down); it is then given up with a log line.
     *
     * @param cause why it was not sent now: a failed send, or none when only earlier replies block it
     */
    boolean keep(long chatId, List<SendMessage> parts, Optional<TelegramFailure> cause) {
        Duration firstWait;
        synchronized (this) {
            if (closed) {
                giveUp(chatId, "NewsDesk is shutting down");
                return false;
            }
            if (kept + parts.size() > limits.maxKept()) {
                giveUp(chatId, kept + " messages already wait for Telegram (sending.max-kept)");
                return false;
            }
            ChatQueue queue = chats.get(chatId);
            boolean first = queue == null;
            if (first) {
                queue = new ChatQueue();
                chats.put(chatId, queue);
            }
            queue.replies.addLast(new KeptReply(new ArrayDeque<>(parts), clock.instant()));
            kept += parts.size();
            if (!first) {
                return true;
            }
            queue.failures = 1;
            firstWait = cause.map(failure -> wait(failure, 1)).orElse(backoff.initial());
        }
        log.info("reply to chat {} kept for resending in {} ms: {}", chatId, firstWait.toMillis(),
                cause.map(TelegramFailure::toString).orElse("earlier replies wait"));
        schedule(chatId, firstWait);
        return true;
    }

    /** A reply Telegram will never accept (403: the user blocked the bot; 400: a message it rejects). */
    void refused(long chatId, TelegramFailure failure) {
        giveUp(chatId, "Telegram refused it, not retried: " + failure);
    }

    private void resend(long chatId) {
        try {
            while (resendNext(chatId)) {
                // Telegram answers again: the chat's next reply goes out at once, in order.
            }
        } catch (RuntimeException e) {
            log.error("resending to chat {} failed; its kept replies are given up", chatId, e);
            dropChat(chatId);
        }
    }

    /** Sends the chat's oldest kept message; true when the next one should be tried at once. */
    private boolean resendNext(long chatId) {
        KeptReply reply;
        SendMessage message;
        synchronized (this) {
            ChatQueue queue = chats.get(chatId);
            if (queue == null || closed) {
                return false;
            }
            reply = queue.replies.getFirst();
            message = reply.parts().getFirst();
        }
        try {
            client.execute(message);
        } catch (TelegramApiException e) {
            return failed(chatId, reply, TelegramFailure.of(e, token));
        }
        synchronized (this) {
            ChatQueue queue = chats.get(chatId);
            if (queue == null) {
                return false;
            }
            reply.parts().removeFirst();
            kept--;
            queue.failures = 0;
            if (reply.parts().isEmpty()) {
                queue.replies.removeFirst();
                log.info("reply to chat {} delivered {} s late", chatId, age(reply).toSeconds());
            }
            if (queue.replies.isEmpty()) {
                chats.remove(chatId);
                return false;
            }
            return true;
        }
    }

    private boolean failed(long chatId, KeptReply reply, TelegramFailure failure) {
        Duration wait;
        int failures;
        synchronized (this) {
            ChatQueue queue = chats.get(chatId);
            if (queue == null) {
                return false;
            }
            failures = ++queue.failures;
            wait = wait(failure, failures);
            boolean tooOld = age(reply).plus(wait).compareTo(limits.keepFor()) > 0;
            if (!failure.retryable() || tooOld) {
                // A missing middle part would make the rest misleading: the whole reply goes.
                queue.replies.removeFirst();
                kept -= reply.parts().size();
                giveUp(chatId, failure.retryable()
                        ? "not delivered within " + limits.keepFor().toSeconds() + " s (" + failures + " attempts), last: " + failure
                        : "Telegram refused it, not retried: " + failure);
                if (queue.replies.isEmpty()) {
                    chats.remove(chatId);
                    return false;
                }
                return true;
            }
        }
        log.debug("reply to chat {} not delivered (attempt {}), retrying in {} ms: {}", chatId, failures, wait.toMillis(), failure);
        schedule(chatId, wait);
        return false;
    }

    /** The back-off, or longer when Telegram asked for a longer wait. */
    private Duration wait(TelegramFailure failure, int failures) {
        Duration wait = backoff.after(failures);
        return failure.retryAfter().filter(asked -> asked.compareTo(wait) > 0).orElse(wait);
    }

    private Duration age(KeptReply reply) {
        return Duration.between(reply.keptAt(), clock.instant());
    }

    private void schedule(long chatId, Duration wait) {
        try {
            scheduler.schedule(() -> resend(chatId), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The scheduler is shut down with the context; close() names what was still kept.
            dropChat(chatId);
        }
    }

    private synchronized void dropChat(long chatId) {
        ChatQueue queue = chats.remove(chatId);
        if (queue != null) {
            queue.replies.forEach(reply -> kept -= reply.parts().size());
            giveUp(chatId, queue.replies.size() + " kept replies could not be resent");
        }
    }

    private static void giveUp(long chatId, String why) {
        log.warn("reply to chat {} given up: {}", chatId, why);
    }

    @Override
    public synchronized void close() {
        closed = true;
        chats.forEach((chatId, queue) -> giveUp(chatId, "NewsDesk is shutting down with " + queue.replies.size()
                + " replies still waiting for Telegram"));
        chats.clear();
        kept = 0;
    }
}
