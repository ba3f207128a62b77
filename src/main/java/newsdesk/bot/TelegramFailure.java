package newsdesk.bot;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * What a failed Bot API call means, decided in one place for sending, resending and connecting alike.
 *
 * @param code        Telegram's error code, 0 when Telegram's server did not answer at all
 * @param retryAfter  how long Telegram asked us to wait (429 only)
 * @param retryable   worth trying again later: no answer, a 5xx or a 429. Any other 4xx (403: the user
 *                    blocked the bot; 400: a message Telegram will never accept) fails the same way every time
 * @param description the exception's messages down the chain, without the token
 */
record TelegramFailure(int code, Optional<Duration> retryAfter, boolean retryable, String description) {

    static final int UNAUTHORIZED = 401;

    static TelegramFailure of(TelegramApiException e, String token) {
        String description = describe(e, token);
        if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() != 0) {
            int code = request.getErrorCode();
            Optional<Duration> retryAfter = Optional.ofNullable(request.getParameters())
                    .map(parameters -> parameters.getRetryAfter())
                    .map(Duration::ofSeconds);
            return new TelegramFailure(code, retryAfter, code >= 500 || code == 429, description);
        }
        // No error code: the server did not answer (refused, reset, timed out) or answered with
        // something that is not the Bot API, such as a proxy's HTML 502 page.
        return new TelegramFailure(0, Optional.empty(), hasIoCause(e), description);
    }

    boolean tokenRefused() {
        return code == UNAUTHORIZED;
    }

    @Override
    public String toString() {
        return (code == 0 ? "" : code + " ") + description;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The token is cut out should a URL ever appear in a message. */
    static String describe(Throwable e, String token) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return token.isEmpty() ? text.toString() : text.toString().replace(token, "****");
    }
}
