package newsdesk.bot;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The library's getUpdates loop, pointed at the configured API URL, on the bot's own polling thread.
 * Once started, the library backs off (with {@link PollingBackOff}) and retries by itself when getUpdates
 * fails, so the bot keeps running through network trouble. Starting calls deleteWebhook and fails when
 * Telegram cannot be reached; {@link BotLifecycle} then tries again later.
 */
final class LongPollingSource implements UpdateSource {

    private static final Logger log = LoggerFactory.getLogger(LongPollingSource.class);
    private static final int MAX_UPDATES_PER_CALL = 100;

    private final TelegramProperties properties;
    private final OkHttpClient http;
    private final ScheduledExecutorService executor;
    private final UpdateDispatcher dispatcher;
    private final Supplier<BackOff> backOff;
    private TelegramBotsLongPollingApplication application;

    LongPollingSource(TelegramProperties properties, OkHttpClient http, ScheduledExecutorService executor,
                      UpdateDispatcher dispatcher, Supplier<BackOff> backOff) {
        this.properties = properties;
        this.http = http;
        this.executor = executor;
        this.dispatcher = dispatcher;
        this.backOff = backOff;
    }

    @Override
    public synchronized void start() {
        TelegramUrl url = TelegramApi.url(properties.apiUrl());
        int timeoutSeconds = (int) properties.pollTimeout().toSeconds();
        application = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> executor, backOff);
        try {
            application.registerBot(properties.token(), () -> url,
                    lastUpdate -> GetUpdates.builder().offset(lastUpdate + 1).limit(MAX_UPDATES_PER_CALL)
                            .timeout(timeoutSeconds).build(),
                    dispatcher);
        } catch (TelegramApiException e) {
            // The library keeps a bot it failed to start registered; a new application is made next time.
            stop();
            throw new IllegalStateException("could not start long polling at " + properties.apiUrl() + ": " + e.getMessage(), e);
        }
        log.info("Telegram bot polling {} for updates", properties.apiUrl());
    }

    @Override
    public synchronized void stop() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("long polling did not stop cleanly: {}", e.getMessage());
            }
            application = null;
        }
    }
}
