package newsdesk.answer.dates;

import java.time.LocalDate;
import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * How new a page is against the newest indexed page, in [0, 1]: 1 for the newest, falling linearly to 0
 * at {@code days} older. A page of unknown date gets 0: it must not win a tie on a guess.
 */
public record Recency(@Nullable LocalDate newest, int days) {

    public double of(PublicationDate page) {
        if (newest == null || page.last() == null) {
            return 0;
        }
        long age = Math.max(0, newest.toEpochDay() - page.last().toEpochDay());
        return Math.max(0, 1 - (double) age / days);
    }

    /** Whether {@code page} is certainly later than {@code other}: it begins after the other may end. */
    public static boolean later(PublicationDate page, PublicationDate other) {
        return page.first() != null && other.last() != null && page.first().isAfter(other.last());
    }
}
