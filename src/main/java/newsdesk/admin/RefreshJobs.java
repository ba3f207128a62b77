package newsdesk.admin;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Runs admin-requested refreshes in the background on one Spring-managed thread, so they run one
 * after another and the request that asked for one returns at once with a job id; each one's passages
 * are embedded afterwards by {@link BackgroundVectors}.
 */
@Service
public class RefreshJobs {

    private static final Logger log = LoggerFactory.getLogger(RefreshJobs.class);
    /** Finished jobs kept for {@code GET /api/admin/jobs/{id}}; older ones are forgotten. */
    private static final int KEPT_JOBS = 100;
    /**
     * When to ask again after a full queue: a refresh of the few pages an upload adds takes seconds,
     * so half a minute lets the running one and the queue move without an admin script hammering.
     */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final IndexMaintenance maintenance;
    private final BackgroundVectors vectors;
    private final TaskExecutor executor;
    private final Map<String, RefreshJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RefreshJob> eldest) {
            return size() > KEPT_JOBS;
        }
    });

    RefreshJobs(IndexMaintenance maintenance, BackgroundVectors vectors,
                @Qualifier(AdminConfiguration.REFRESH_EXECUTOR) TaskExecutor executor) {
        this.maintenance = maintenance;
        this.vectors = vectors;
        this.executor = executor;
    }

    /** Queues a refresh; the job id says where to follow it. Throws a 429 problem when the queue is full. */
    public RefreshJob start() {
        return start(null);
    }

    /** Queues a refresh for an uploaded page file, whose job then says whether that page made it in. */
    public RefreshJob start(@Nullable String page) {
        return queue(page, maintenance::refresh);
    }

    /**
     * Queues a catch-up with the pages folder, for a start after new pages were added while the
     * service was down (or a refresh was killed): the last good index serves meanwhile, and the job
     * commits nothing when the index is already fresh.
     */
    public RefreshJob catchUp() {
        return queue(null, progress -> maintenance.ensureFresh(progress).orElse(null));
    }

    private RefreshJob queue(@Nullable String page, RefreshWork work) {
        RefreshJob job = RefreshJob.queued(UUID.randomUUID().toString(), page);
        jobs.put(job.id(), job);
        try {
            executor.execute(() -> run(job.id(), work));
        } catch (RejectedExecutionException e) {
            // Not a job at all: nothing will run, so there is nothing to follow.
            jobs.remove(job.id());
            throw AdminProblem.queueFull(RETRY_AFTER);
        }
        return jobs.get(job.id());
    }

    public Optional<RefreshJob> job(String id) {
        return Optional.ofNullable(jobs.get(id)).map(job -> job.withVectors(vectors.progress()));
    }

    private void run(String id, RefreshWork work) {
        jobs.computeIfPresent(id, (key, job) -> job.running());
        try {
            RefreshReport report = work.run(files -> jobs.computeIfPresent(id,
                    (key, job) -> job.progressed(maintenance.activity())));
            jobs.computeIfPresent(id, (key, job) -> job.finished(report));
            // Questions are answered by BM25 on the new pages at once; their vectors follow.
            vectors.request();
        } catch (RuntimeException e) {
            // The failed batch committed nothing; the last commit (earlier batches included) keeps serving.
            String cause = FailureCause.describe(e);
            log.error("refresh job {} failed: {}", id, cause, e);
            jobs.computeIfPresent(id, (key, job) -> job.failed(cause));
        }
    }

    /** A refresh telling each file parsed or batch committed; null when there was nothing to do. */
    @FunctionalInterface
    private interface RefreshWork {
        @Nullable RefreshReport run(IntConsumer progress);
    }
}
