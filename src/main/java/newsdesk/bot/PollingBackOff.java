package newsdesk.bot;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The waits of the library's getUpdates loop after a failure, with our settings, and the loop's state
 * in {@link BotStatus}. It replaces the library's default, which stops waiting after 15 minutes of
 * failures, and waits up to a minute between tries, longer than the bot may take to notice Telegram is back.
 * Called only from the polling thread.
 */
final class PollingBackOff implements BackOff {

    private static final Logger log = LoggerFactory.getLogger(PollingBackOff.class);

    private final Backoff backoff;
    private final BotStatus status;
    private int failures;

    PollingBackOff(Backoff backoff, BotStatus status) {
        this.backoff = backoff;
        this.status = status;
    }

    @Override
    public long nextBackOffMillis() {
        failures++;
        Duration wait = backoff.after(failures);
        status.pollingFailed(failures, wait);
        return wait.toMillis();
    }

    /** The library calls this after every getUpdates that answered. */
    @Override
    public void reset() {
        if (failures > 0) {
            log.info("Telegram answers getUpdates again after {} failed attempts", failures);
            failures = 0;
            status.pollingRecovered();
        }
    }
}
