package newsdesk.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the served index covers, read from its commit: for a welcome message or a status page.
 *
 * @param firstDate earliest known page date; null when no indexed page has a date
 */
public record IndexCoverage(int articles, int pageFiles, @Nullable LocalDate firstDate, @Nullable LocalDate lastDate) {

    static final IndexCoverage EMPTY = new IndexCoverage(0, 0, null, null);
}
