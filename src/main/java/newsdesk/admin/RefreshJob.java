package newsdesk.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A refresh requested by an admin, as {@code GET /api/admin/jobs/{id}} shows it.
 *
 * @param filesParsed  new and changed files parsed so far
 * @param report       what the refresh did, once it succeeded; null for a catch-up that found the
 *                     index already fresh
 * @param error        why it failed; the previous index is still serving
 */
public record RefreshJob(String id, State state, Instant requestedAt, @Nullable Instant finishedAt, int filesParsed,
                         @Nullable RefreshReport report, @Nullable String error) {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    RefreshJob running() {
        return new RefreshJob(id, State.RUNNING, requestedAt, null, 0, null, null);
    }

    RefreshJob progressed(int parsed) {
        return new RefreshJob(id, state, requestedAt, finishedAt, parsed, report, error);
    }

    RefreshJob succeeded(RefreshReport result) {
        return new RefreshJob(id, State.SUCCEEDED, requestedAt, Instant.now(), filesParsed, result, null);
    }

    RefreshJob failed(String reason) {
        return new RefreshJob(id, State.FAILED, requestedAt, Instant.now(), filesParsed, null, reason);
    }
}
