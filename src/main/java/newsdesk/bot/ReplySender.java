package newsdesk.bot;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
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
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The one place that talks to Telegram and decides what a failed call means: 429 waits the
 * {@code retry_after} Telegram asks for, 403 (the user blocked the bot) is logged and dropped, network
 * errors and 5xx are retried with back-off, anything else is our mistake and is logged loudly. Callers
 * get an {@link Optional} and never an exception, so no failure to send can stop the bot.
 */
final class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);

    private final TelegramClient client;
    private final TelegramProperties.Sending policy;
    private final MessageSplitter splitter;
    private final String token;

    ReplySender(TelegramClient client, TelegramProperties.Sending policy, MessageSplitter splitter, String token) {
        this.client = client;
        this.policy = policy;
        this.splitter = splitter;
        this.token = token;
    }

    /** Sends a reply in as many parts as it needs; the buttons go under the last. True when all parts arrived. */
    boolean send(long chatId, Reply reply) {
        List<String> parts = splitter.split(reply.html());
        for (int i = 0; i < parts.size(); i++) {
            SendMessage message = SendMessage.builder().chatId(chatId).text(parts.get(i))
                    .parseMode(ParseMode.HTML).disableWebPagePreview(true).build();
            if (i == parts.size() - 1 && !reply.buttons().isEmpty()) {
                message.setReplyMarkup(keyboard(reply.buttons()));
            }
            // A missing middle part would make the rest misleading; stop at the first loss.
            if (execute(message).isEmpty()) {
                return false;
            }
        }
        return true;
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
                    log.warn("notice to chat {} not sent: {}", chatId, describe(failure));
                }
            });
        } catch (TelegramApiException e) {
            log.warn("notice to chat {} not sent: {}", chatId, describe(e));
        }
    }

    /** Telegram shows "typing…" for five seconds or until the next message; one attempt is enough. */
    void typing(long chatId) {
        try {
            client.execute(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
        } catch (TelegramApiException e) {
            log.debug("typing indicator for chat {} not shown: {}", chatId, describe(e));
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

    private <T> Optional<T> withRetries(String method, TelegramCall<T> call) {
        long backoff = policy.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.ofNullable(call.run());
            } catch (TelegramApiRequestException e) {
                int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
                Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                if (code == 403) {
                    log.info("{} refused with 403, the user blocked the bot or left the chat: {}", method, describe(e));
                    return Optional.empty();
                }
                if (code == 429 && retryAfter != null) {
                    Duration wait = Duration.ofSeconds(retryAfter);
                    if (wait.compareTo(policy.maxRetryAfter()) > 0 || attempt >= policy.maxAttempts()) {
                        log.warn("{} dropped: Telegram asks to wait {} s (attempt {} of {})",
                                method, retryAfter, attempt, policy.maxAttempts());
                        return Optional.empty();
                    }
                    log.info("{} rate-limited by Telegram, retrying in {} s", method, retryAfter);
                    if (!pause(wait.toMillis())) {
                        return Optional.empty();
                    }
                    continue;
                }
                boolean transientFailure = code >= 500 || code == 429 || code == 0 && hasIoCause(e);
                if (!transientFailure) {
                    log.error("{} rejected by Telegram, not retried: {}", method, describe(e));
                    return Optional.empty();
                }
                if (!retryLater(method, attempt, backoff, e)) {
                    return Optional.empty();
                }
            } catch (TelegramApiException e) {
                if (!hasIoCause(e)) {
                    log.error("{} could not be sent, not retried: {}", method, describe(e));
                    return Optional.empty();
                }
                if (!retryLater(method, attempt, backoff, e)) {
                    return Optional.empty();
                }
            }
            backoff *= 2;
        }
    }

    private boolean retryLater(String method, int attempt, long backoffMillis, Exception e) {
        if (attempt >= policy.maxAttempts()) {
            log.warn("{} failed after {} attempts: {}", method, attempt, describe(e));
            return false;
        }
        log.info("{} failed (attempt {} of {}), retrying in {} ms: {}",
                method, attempt, policy.maxAttempts(), backoffMillis, describe(e));
        return pause(backoffMillis);
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
            // Shutting down: give up the send rather than delay the shutdown.
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An error Telegram's server did not answer (connection refused, reset, timeout, an HTML 502 page). */
    private static boolean hasIoCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The exception's messages down the chain, with the token cut out should a URL ever appear in one. */
    private String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return token.isEmpty() ? text.toString() : text.toString().replace(token, "****");
    }

    private static InlineKeyboardMarkup keyboard(List<List<Reply.Button>> rows) {
        return new InlineKeyboardMarkup(rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build())
                        .toList()))
                .toList());
    }
}
