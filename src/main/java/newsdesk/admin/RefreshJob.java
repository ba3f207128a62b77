package newsdesk.admin;

import java.time.Instant;
import java.util.List;
import newsdesk.search.VectorProgress;
import org.jspecify.annotations.Nullable;

/**
 * A refresh requested by an admin, as {@code GET /api/admin/jobs/{id}} shows it.
 *
 * @param filesToParse the new and changed files the refresh parses (after hashing the folder)
 * @param filesParsed of those, parsed so far
 * @param filesCommitted of those, committed in batches: searchable, and kept if the refresh stops
 * @param page        the uploaded page file this refresh was started for; null for a plain reindex
 * @param skipped     files the refresh could not use, with the reason (their last good articles stay)
 * @param report      what the refresh did, once it ran; null for a catch-up that found the index
 *                    already fresh
 * @param error       why it failed, or why the uploaded page was skipped; the previous index is still serving
 * @param vectors     once the refresh is over, how far the background embedding of the index is now (the
 *                    dense re-rank starts when it is done); null before
 */
public record RefreshJob(String id, State state, Instant requestedAt, @Nullable Instant finishedAt, int filesToParse,
                         int filesParsed, int filesCommitted,
                         @Nullable String page, List<Skipped> skipped, @Nullable RefreshReport report,
                         @Nullable String error, @Nullable VectorProgress vectors) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED,
        /** The refresh ran, but the uploaded page it was started for is not in the index (not page text). */
        SKIPPED,
        FAILED
    }

    /** A file the refresh left out, by name: what an admin looks for in the pages folder. */
    public record Skipped(String file, String reason) {
    }

    public RefreshJob {
        skipped = List.copyOf(skipped);
    }

    static RefreshJob queued(String id, @Nullable String page) {
        return new RefreshJob(id, State.QUEUED, Instant.now(), null, 0, 0, 0, page, List.of(), null, null, null);
    }

    RefreshJob running() {
        return new RefreshJob(id, State.RUNNING, requestedAt, null, 0, 0, 0, page, List.of(), null, null, null);
    }

    RefreshJob progressed(RefreshActivity now) {
        return new RefreshJob(id, state, requestedAt, finishedAt, now.filesToParse(), now.filesParsed(),
                now.filesCommitted(), page, skipped, report, error, vectors);
    }

    /**
     * Succeeded, or skipped when the refresh had to leave out the very page this job was started for;
     * {@code result} null when a catch-up found nothing to do.
     */
    RefreshJob finished(@Nullable RefreshReport result) {
        if (result == null) {
            return new RefreshJob(id, State.SUCCEEDED, requestedAt, Instant.now(), filesToParse, filesParsed,
                    filesCommitted, page, List.of(), null, null, null);
        }
        List<Skipped> left = result.skipped().stream().map(problem -> new Skipped(problem.name(), problem.reason()))
                .toList();
        Skipped own = left.stream().filter(skip -> skip.file().equals(page)).findFirst().orElse(null);
        return own == null
                ? new RefreshJob(id, State.SUCCEEDED, requestedAt, Instant.now(), filesToParse, filesParsed,
                        filesCommitted, page, left, result, null, null)
                : new RefreshJob(id, State.SKIPPED, requestedAt, Instant.now(), filesToParse, filesParsed,
                        filesCommitted, page, left, result,
                        own.file() + " was not indexed: " + own.reason(), null);
    }

    /** The job as shown now, with the embedding's progress once the refresh is over. */
    RefreshJob withVectors(@Nullable VectorProgress now) {
        return state == State.QUEUED || state == State.RUNNING ? this : new RefreshJob(id, state, requestedAt,
                finishedAt, filesToParse, filesParsed, filesCommitted, page, skipped, report, error, now);
    }

    RefreshJob failed(String reason) {
        return new RefreshJob(id, State.FAILED, requestedAt, Instant.now(), filesToParse, filesParsed,
                filesCommitted, page, skipped, null, reason, null);
    }
}
