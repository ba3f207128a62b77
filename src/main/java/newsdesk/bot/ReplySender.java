package newsdesk.bot;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one place that talks to Telegram for the bot's actions and decides what a failed call means (see
 * {@link TelegramFailure}). A reply that cannot be delivered now goes to {@link PendingReplies} instead of
 * holding a worker; calls someone waits on ({@link #execute}) are retried in line a few times, with 429
 * waiting the {@code retry_after} Telegram asks for. Callers get a result and never an exception, so no
 * failure to send can stop the bot.
 */
final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);
    /** Telegram's answer to a message for a user who blocked the bot or a group that removed it. */
    private static final int BLOCKED = 403;

    private final TelegramClient client;
    private final TelegramProperties.Sending policy;
    private final MessageSplitter splitter;
    private final PendingReplies pending;
    private final String token;

    ReplySender(TelegramClient client, TelegramProperties.Sending policy, MessageSplitter splitter,
                PendingReplies pending, String token) {
        this.client = client;
        this.policy = policy;
        this.splitter = splitter;
        this.pending = pending;
        this.token = token;
    }

    /**
     * Sends a reply in as many parts as it needs; the buttons go under the last. What Telegram could not
     * take now is kept and resent, behind any earlier reply to the same chat still waiting.
     */
    Delivery send(long chatId, Reply reply) {
        List<SendMessage> messages = messages(chatId, reply);
        // Not atomic with the sends below, and need not be: two answers to one chat finishing at the same
        // moment on two workers were never ordered. What it keeps is that a reply never overtakes a kept one.
        if (pending.holds(chatId)) {
            return pending.keep(chatId, messages, Optional.empty()) ? Delivery.KEPT : Delivery.GIVEN_UP;
        }
        for (int i = 0; i < messages.size(); i++) {
            try {
                client.execute(messages.get(i));
            } catch (TelegramApiException e) {
                TelegramFailure failure = TelegramFailure.of(e, token);
                if (!failure.retryable()) {
                    // A missing middle part would make the rest misleading; the rest is not sent either.
                    pending.refused(chatId, failure);
                    return failure.code() == BLOCKED ? Delivery.BLOCKED : Delivery.GIVEN_UP;
                }
                return pending.keep(chatId, messages.subList(i, messages.size()), Optional.of(failure))
                        ? Delivery.KEPT : Delivery.GIVEN_UP;
            }
        }
        return Delivery.SENT;
    }

    private List<SendMessage> messages(long chatId, Reply reply) {
        List<String> parts = splitter.split(reply.html());
        List<SendMessage> messages = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            SendMessage message = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .parseMode(ParseMode.HTML).disableWebPagePreview(true).build();
            if (i == parts.size() - 1 && !reply.buttons().isEmpty()) {
                message.setReplyMarkup(keyboard(reply.buttons()));
            }
            messages.add(message);
        }
        return messages;
    }

    /**
     * A short notice (busy, rate-limited) sent from the thread receiving updates: asynchronous and
     * without retries, because receiving must never wait for it and a lost notice costs little.
     */
    void notice(long chatId, String html) {
        SendMessage message = SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML).build();
        try {
            client.executeAsync(message).whenComplete((sent, failure) -> {
                if (failure != null) {
                    log.warn("notice to chat {} not sent: {}", chatId, TelegramFailure.describe(failure, token));
                }
            });
        } catch (TelegramApiException e) {
            log.warn("notice to chat {} not sent: {}", chatId, TelegramFailure.describe(e, token));
        }
    }

    /** Telegram shows "typing…" for five seconds or until the next message; one attempt is enough. */
    void typing(long chatId) {
        try {
            client.execute(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
        } catch (TelegramApiException e) {
            log.debug("typing indicator for chat {} not shown: {}", chatId, TelegramFailure.describe(e, token));
        }
    }

    /** Stops the button's spinner; {@code text}, when not empty, pops up as a short toast. */
    void answerCallback(String callbackId, String text) {
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(callbackId).build();
        if (!text.isEmpty()) {
            answer.setText(text);
        }
        execute(answer);
    }

    <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
        return withRetries(method.getMethod(), () -> client.execute(method));
    }

    /** setWebhook is not a plain JSON method in the library (it may upload a certificate). */
    Optional<Boolean> execute(SetWebhook setWebhook) {
        return withRetries(setWebhook.getMethod(), () -> client.execute(setWebhook));
    }

    /** One attempt, with what went wrong when it failed: for connecting, where the caller decides the wait. */
    <T extends Serializable> Attempt<T> once(BotApiMethod<T> method) {
        try {
            return new Attempt<>(Optional.ofNullable(client.execute(method)), Optional.empty());
        } catch (TelegramApiException e) {
            return new Attempt<>(Optional.empty(), Optional.of(TelegramFailure.of(e, token)));
        }
    }

    /** The result of {@link #once}: a value, or the failure (a call may also succeed with no value). */
    record Attempt<T>(Optional<T> value, Optional<TelegramFailure> failure) {
    }

    private <T> Optional<T> withRetries(String method, TelegramCall<T> call) {
        long backoff = policy.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            TelegramFailure failure;
            try {
                return Optional.ofNullable(call.run());
            } catch (TelegramApiException e) {
                failure = TelegramFailure.of(e, token);
            }
            if (!failure.retryable()) {
                if (failure.code() == 403) {
                    log.info("{} refused with 403, the user blocked the bot or left the chat: {}", method, failure);
                } else {
                    log.error("{} rejected by Telegram, not retried: {}", method, failure);
                }
                return Optional.empty();
            }
            long wait = failure.retryAfter().map(Duration::toMillis).orElse(backoff);
            if (attempt >= policy.maxAttempts() || wait > policy.maxRetryAfter().toMillis()) {
                log.warn("{} failed after {} attempts: {}", method, attempt, failure);
                return Optional.empty();
            }
            log.info("{} failed (attempt {} of {}), retrying in {} ms: {}", method, attempt, policy.maxAttempts(), wait, failure);
            if (!pause(wait)) {
                return Optional.empty();
            }
            backoff *= 2;
        }
    }

    @FunctionalInterface
    private interface TelegramCall<T> {
        T run() throws TelegramApiException;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            // Shutting down: give up the call rather than delay the shutdown.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static InlineKeyboardMarkup keyboard(List<List<Reply.Button>> rows) {
        return new InlineKeyboardMarkup(rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build())
                        .toList()))
                .toList());
    }
}
