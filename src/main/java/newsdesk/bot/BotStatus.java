package newsdesk.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the bot got with Telegram, for health and for the log. Written by the threads that connect and
 * poll, read by health checks; each change replaces the whole snapshot, so a reader never sees half of one.
 */
final class BotStatus {

    enum State {
        STARTING("starting"),
        CONNECTING("connecting"),
        TOKEN_REFUSED("token-refused"),
        RUNNING("running"),
        RETRYING_POLLING("retrying-polling"),
        STOPPED("stopped");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /**
     * @param attempts  failed attempts in a row in this state (connecting, polling)
     * @param lastError the last failure, without the token
     * @param retryIn   the wait before the next attempt
     */
    record Snapshot(State state, Instant since, int attempts, Optional<String> lastError, Optional<Duration> retryIn,
                    Optional<String> username) {
    }

    private final Clock clock;
    private final AtomicReference<Snapshot> current;

    BotStatus(Clock clock) {
        this.clock = clock;
        this.current = new AtomicReference<>(new Snapshot(State.STARTING, clock.instant(), 0, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    Snapshot current() {
        return current.get();
    }

    void connecting(int attempts, String error, Duration retryIn) {
        set(State.CONNECTING, attempts, error, retryIn);
    }

    void tokenRefused(int attempts, String error, Duration retryIn) {
        set(State.TOKEN_REFUSED, attempts, error, retryIn);
    }

    void running(String username) {
        current.set(new Snapshot(State.RUNNING, clock.instant(), 0, Optional.empty(), Optional.empty(),
                Optional.of(username)));
    }

    /** getUpdates failed; the library waits {@code retryIn} and tries again on its own. */
    void pollingFailed(int attempts, Duration retryIn) {
        current.updateAndGet(before -> new Snapshot(State.RETRYING_POLLING,
                before.state() == State.RETRYING_POLLING ? before.since() : clock.instant(), attempts,
                Optional.of("getUpdates failed (the log has the reason)"), Optional.of(retryIn), before.username()));
    }

    /** getUpdates answered; back to running if polling had been failing. */
    void pollingRecovered() {
        current.updateAndGet(before -> before.state() != State.RETRYING_POLLING ? before
                : new Snapshot(State.RUNNING, clock.instant(), 0, Optional.empty(), Optional.empty(), before.username()));
    }

    void stopped() {
        current.updateAndGet(before -> new Snapshot(State.STOPPED, clock.instant(), 0, Optional.empty(),
                Optional.empty(), before.username()));
    }

    private void set(State state, int attempts, String error, Duration retryIn) {
        current.updateAndGet(before -> new Snapshot(state, before.state() == state ? before.since() : clock.instant(),
                attempts, Optional.of(error), Optional.of(retryIn), before.username()));
    }
}
