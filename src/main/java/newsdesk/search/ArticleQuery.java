package newsdesk.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A community worker's search: words (may be empty to list everything), an optional date range and
 * place, and which page of results.
 *
 * @param page     1-based
 * @param pageSize results per page
 */
public record ArticleQuery(String text, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String place,
                           int page, int pageSize) {

    public ArticleQuery {
        text = text == null ? "" : text.strip();
        place = place == null || place.isBlank() ? null : place.strip();
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (pageSize < 1 || pageSize > 100) {
            throw new IllegalArgumentException("page size must be 1 to 100, was " + pageSize);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
