package newsdesk.bot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram bot's settings. Every one can be overridden from the environment through relaxed
 * binding ({@code NEWSDESK_TELEGRAM_TOKEN}, {@code NEWSDESK_TELEGRAM_API_URL}, …).
 *
 * @param token       from @BotFather; empty turns the bot off and the rest of NewsDesk runs without it
 * @param apiUrl      the Bot API base URL, for sending and for getUpdates alike; a stand-in's in tests
 * @param messages    the admin-editable texts (see {@code bot-config/README.md})
 * @param pollTimeout how long one getUpdates call waits for news; Telegram allows up to 50 s, and the
 *                    longest wait means the fewest idle requests
 * @param typingAfter answers faster than this need no typing indicator; slower ones show it at once
 *                    after this delay, so a quick answer does not flash "typing…"
 * @param retry       how often to try again while Telegram cannot be reached: connecting, polling and
 *                    resending kept replies all wait this way
 */
@Validated
@ConfigurationProperties("newsdesk.telegram")
record TelegramProperties(
        @Pattern(regexp = "|\\d+:[A-Za-z0-9_-]{20,}",
                message = "must look like a bot token from @BotFather (digits, a colon, 20 or more letters, digits, _ or -)")
        @DefaultValue("") String token,
        @NotNull @DefaultValue("https://api.telegram.org") URI apiUrl,
        @NotNull @DefaultValue("bot-config/messages.yaml") Path messages,
        @NotNull @DefaultValue("50s") Duration pollTimeout,
        @NotNull @DefaultValue("700ms") Duration typingAfter,
        @Valid @NotNull @DefaultValue Webhook webhook,
        @Valid @NotNull @DefaultValue RateLimit rateLimit,
        @Valid @NotNull @DefaultValue Workers workers,
        @Valid @NotNull @DefaultValue Sending sending,
        @Valid @NotNull @DefaultValue Retry retry) {

    boolean enabled() {
        return !token.isBlank();
    }

    /** The library builds request URLs from scheme, host and port only; a path would be silently dropped. */
    @AssertTrue(message = "api-url must be an http or https URL with a host and no path, such as https://api.telegram.org")
    boolean isApiUrlUsable() {
        String path = apiUrl.getPath() == null ? "" : apiUrl.getPath();
        return apiUrl.getHost() != null && ("http".equals(apiUrl.getScheme()) || "https".equals(apiUrl.getScheme()))
                && (path.isEmpty() || path.equals("/"));
    }

    /** The token never appears in logs, not even through a debug print of the settings. */
    @Override
    public String toString() {
        return "TelegramProperties[token=" + (enabled() ? "****" : "") + ", apiUrl=" + apiUrl + ", messages=" + messages
                + ", pollTimeout=" + pollTimeout + ", typingAfter=" + typingAfter + ", webhook=" + webhook
                + ", rateLimit=" + rateLimit + ", workers=" + workers + ", sending=" + sending + ", retry=" + retry + "]";
    }

    /**
     * Webhook delivery instead of long polling, on when {@code url} is set. Telegram posts updates to
     * {@code url}; a reverse proxy terminating TLS forwards them to {@code bindAddress:port} + {@code path}.
     *
     * @param secret sent back by Telegram in {@code X-Telegram-Bot-Api-Secret-Token} with every delivery
     */
    record Webhook(
            @DefaultValue("") String url,
            @NotNull @DefaultValue("/telegram/webhook") @Pattern(regexp = "/[A-Za-z0-9/_-]*") String path,
            @Pattern(regexp = "|[A-Za-z0-9_-]{16,256}",
                    message = "must be 16 to 256 letters, digits, _ or - (Telegram's rule, with a sane minimum)")
            @DefaultValue("") String secret,
            @NotNull @DefaultValue("127.0.0.1") String bindAddress,
            @Min(0) @Max(65535) @DefaultValue("8443") int port) {

        boolean enabled() {
            return !url.isBlank();
        }

        @AssertTrue(message = "a webhook needs a secret (newsdesk.telegram.webhook.secret), or anyone could post fake updates")
        boolean isSecretSetWhenEnabled() {
            return !enabled() || !secret.isBlank();
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", path=" + path + ", secret=" + (secret.isEmpty() ? "" : "****")
                    + ", bindAddress=" + bindAddress + ", port=" + port + "]";
        }
    }

    /**
     * Questions per chat: {@code burst} at once, refilled at {@code perMinute}. A person reading answers
     * asks a few questions a minute; a script asks many more.
     */
    record RateLimit(@Min(1) @DefaultValue("5") int burst, @Min(1) @DefaultValue("10") int perMinute,
                     @Min(100) @DefaultValue("10000") int chatsTracked) {
    }

    /**
     * Answering runs on {@code threads} workers with at most {@code queue} waiting questions; beyond that
     * the asker gets the "busy" reply at once instead of an answer minutes later.
     */
    record Workers(@Min(1) @DefaultValue("4") int threads, @Min(1) @DefaultValue("64") int queue,
                   @Min(10) @DefaultValue("2000") int answersKept) {
    }

    /**
     * Sending. {@code maxAttempts}, {@code backoff} and {@code maxRetryAfter} bound the in-line retries of
     * calls someone is waiting on (a button's spinner, setWebhook); {@code maxRetryAfter} caps how long a
     * 429's retry_after is honoured there, because such a wait holds a worker. A reply that cannot be
     * delivered is not retried in line but kept, off the workers, for up to {@code keepFor}: a citizen
     * still wants an answer a few minutes late, but not one to a question they have long forgotten.
     * {@code maxKept} bounds the messages kept, so an outage during a rush cannot fill the heap.
     */
    record Sending(@Min(1) @Max(10) @DefaultValue("4") int maxAttempts,
                   @NotNull @DefaultValue("500ms") Duration backoff,
                   @NotNull @DefaultValue("30s") Duration maxRetryAfter,
                   @NotNull @DefaultValue("10m") Duration keepFor,
                   @Min(1) @DefaultValue("1000") int maxKept) {
    }

    /**
     * Waits between attempts while Telegram cannot be reached: {@code initialDelay}, doubled after each
     * failure up to {@code maxDelay}. The cap is what decides how soon the bot answers once Telegram is
     * back; 30 s keeps that within a minute while costing an idle Bot API two calls a minute.
     */
    record Retry(@NotNull @DefaultValue("1s") Duration initialDelay,
                 @NotNull @DefaultValue("30s") Duration maxDelay) {

        @AssertTrue(message = "retry.initial-delay must be positive and no longer than retry.max-delay")
        boolean isOrdered() {
            return initialDelay.isPositive() && initialDelay.compareTo(maxDelay) <= 0;
        }
    }
}
