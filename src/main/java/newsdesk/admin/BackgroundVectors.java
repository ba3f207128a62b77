package newsdesk.admin;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import newsdesk.search.VectorProgress;
import newsdesk.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Dense vectors after the lexical commits: a refresh makes its pages searchable by BM25 at once, and
 * this embeds their passages afterwards on a thread of its own (the model takes minutes per thousand
 * passages), one committed batch at a time, so that a refresh for an upload waits a batch at most and
 * a stop loses a batch at most.
 */
@Service
public class BackgroundVectors {

    private static final Logger log = LoggerFactory.getLogger(BackgroundVectors.class);
    /** SIGTERM must end the process within 5 s (issue 13); a batch rolls back in well under that. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(4);

    private final SearchService search;
    private final IndexMaintenance maintenance;
    private final TaskExecutor executor;
    private final ReentrantLock filling = new ReentrantLock();
    /** A fill is queued and has not started: one more request would find nothing it will not. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;

    BackgroundVectors(SearchService search, IndexMaintenance maintenance,
                      @Qualifier(AdminConfiguration.VECTOR_EXECUTOR) TaskExecutor executor) {
        this.search = search;
        this.maintenance = maintenance;
        this.executor = executor;
    }

    /** Embeds what the last commits left without vectors, in the background. */
    public void request() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false);
                try {
                    fillNow();
                } catch (RuntimeException e) {
                    // Nothing of the failed batch was committed; questions stay lexical, the next request retries.
                    log.error("embedding passages failed: {}", FailureCause.describe(e), e);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.set(false);
            log.warn("embedding not started: {}", e.getMessage());
        }
    }

    /** Embeds now, on this thread, until done or the process stops; what is left afterwards. */
    public VectorProgress fillNow() {
        filling.lock();
        running = true;
        try {
            VectorProgress done = search.fillVectors(maintenance::stopping, progress ->
                    log.info("vectors: {} of {} passages ({} policy)", progress.embedded(), progress.inScope(),
                            progress.policy()));
            if (!done.done()) {
                log.info("embedding stopped with {} passages left; the next start goes on", done.left());
            }
            return done;
        } finally {
            running = false;
            filling.unlock();
        }
    }

    /**
     * For a command that answers from the finished index (ask, eval): catches up with the pages folder, then
     * embeds, both on this thread.
     */
    public void catchUpAndEmbed() {
        maintenance.ensureFresh();
        fillNow();
    }

    /** Whether a fill is running, and how many of the policy's passages have their vector. */
    public Activity activity() {
        return new Activity(running, progress());
    }

    /** How many of the policy's passages have their vector. */
    public VectorProgress progress() {
        return search.vectorProgress();
    }

    /** @param embedding a fill is running now */
    public record Activity(boolean embedding, VectorProgress progress) {
    }

    /** On shutdown the running fill rolls back its batch; the index closes only after it has. */
    @EventListener(ContextClosedEvent.class)
    void stopFilling() throws InterruptedException {
        maintenance.requestStop();
        if (filling.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            filling.unlock();
        } else {
            log.warn("embedding did not stop within {}; closing anyway", STOP_WAIT);
        }
    }
}
