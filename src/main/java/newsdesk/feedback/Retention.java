package newsdesk.feedback;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes questions older than the retention period, with their ratings: at start, then once a day. */
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final FeedbackStore store;
    private final FeedbackProperties properties;
    private final Clock clock;

    Retention(FeedbackStore store, FeedbackProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** A day is fine-grained enough for a period counted in months, and a restart always catches up. */
    @Scheduled(initialDelay = 0, fixedDelay = 1, timeUnit = TimeUnit.DAYS)
    void daily() {
        try {
            int deleted = deleteExpired();
            if (deleted > 0) {
                log.info("retention: {} questions older than {} deleted", deleted, properties.retention());
            }
        } catch (RuntimeException e) {
            // Tomorrow's run tries again; a failed clean-up must not stop the scheduler.
            log.warn("retention: old questions not deleted: {}", e.toString());
        }
    }

    int deleteExpired() {
        return store.deleteAskedBefore(clock.instant().minus(properties.retention()));
    }
}
