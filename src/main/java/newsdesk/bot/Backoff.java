package newsdesk.bot;

import java.time.Duration;

/**
 * Capped exponential waits: the first retry after {@code initial}, each later one twice as long, never
 * longer than {@code max}. No jitter: one bot talks to Telegram, so there is no herd of clients to spread.
 */
record Backoff(Duration initial, Duration max) {

    static Backoff of(TelegramProperties.Retry retry) {
        return new Backoff(retry.initialDelay(), retry.maxDelay());
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    Duration after(int failures) {
        Duration wait = initial;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }
}
