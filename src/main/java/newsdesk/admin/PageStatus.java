package newsdesk.admin;

import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * One page file as the admin sees it: its date and page, how many articles the index holds from it,
 * and whether it is indexed, was skipped (with the reason) or waits for the next refresh.
 */
public record PageStatus(String file, PublicationDate date, @Nullable Integer page, int articles, State state,
                         @Nullable String reason) {

    public enum State {
        INDEXED, SKIPPED, PENDING
    }
}
