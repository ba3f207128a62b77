package newsdesk.admin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the index maintenance is doing right now, for health and the admin: idle, or refreshing with
 * how many of the changed files are parsed and how many of those are committed (searchable, and kept if
 * the refresh stops). One immutable snapshot, replaced as a whole, so a reader never sees a count from
 * one refresh and a start time from another.
 *
 * @param since when the running refresh started; null when idle
 */
public record RefreshActivity(boolean refreshing, int filesToParse, int filesParsed, int filesCommitted,
                              @Nullable Instant since) {

    static final RefreshActivity IDLE = new RefreshActivity(false, 0, 0, 0, null);

    static RefreshActivity started(Instant now) {
        return new RefreshActivity(true, 0, 0, 0, now);
    }

    RefreshActivity toParse(int files) {
        return new RefreshActivity(true, files, filesParsed, filesCommitted, since);
    }

    RefreshActivity parsed(int files) {
        return new RefreshActivity(true, filesToParse, files, filesCommitted, since);
    }

    RefreshActivity committed(int files) {
        return new RefreshActivity(true, filesToParse, filesParsed, files, since);
    }
}
