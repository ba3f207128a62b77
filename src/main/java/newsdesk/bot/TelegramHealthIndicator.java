package newsdesk.bot;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code telegram} in {@code /actuator/health}: how far the bot got (starting, connecting with the
 * attempt count and last error, token-refused, running, retrying-polling) and how many replies wait
 * for resending. The bot is a guest of NewsDesk: while it is not running the status is UNKNOWN, never
 * DOWN or OUT_OF_SERVICE, so the overall health stays UP (and HTTP 200) and a load balancer or uptime
 * check keeps the web page in service; the bot is also kept out of the readiness group for that reason.
 * Watch {@code /actuator/health/telegram} and its {@code state} to alert on the bot itself.
 */
final class TelegramHealthIndicator implements HealthIndicator {

    private final BotStatus status;
    private final PendingReplies pending;

    TelegramHealthIndicator(BotStatus status, PendingReplies pending) {
        this.status = status;
        this.pending = pending;
    }

    @Override
    public Health health() {
        BotStatus.Snapshot now = status.current();
        Health.Builder health = now.state() == BotStatus.State.RUNNING ? Health.up() : Health.status(Status.UNKNOWN);
        health.withDetail("state", now.state().label).withDetail("since", now.since().toString());
        now.username().ifPresent(username -> health.withDetail("bot", username));
        if (now.attempts() > 0) {
            health.withDetail("attempts", now.attempts());
        }
        now.lastError().ifPresent(error -> health.withDetail("lastError", error));
        now.retryIn().ifPresent(wait -> health.withDetail("retryIn", readable(wait)));
        return health.withDetail("pendingReplies", pending.size()).build();
    }

    private static String readable(Duration wait) {
        return wait.toMillisPart() == 0 ? wait.toSeconds() + "s" : wait.toMillis() + "ms";
    }
}
