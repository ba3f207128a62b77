package newsdesk.feedback;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * H2 lets one process at a time open the question log. The usual second one is {@code feedback export}
 * beside a running service; it gets this instead of a page of stack trace.
 */
class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

    /** H2's "Database may be already in use", somewhere under Flyway's and the pool's wrappers. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return new FailureAnalysis(
                        "The question log database is open in another NewsDesk process (a running service?).",
                        "Stop that process first, or export from the running service: GET /api/admin/feedback with the "
                                + "admin token.", sql);
            }
        }
        return null;
    }
}
