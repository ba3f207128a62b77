package newsdesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import newsdesk.search.ArticleQuery;
import org.jspecify.annotations.Nullable;

/**
 * A search as it arrives in a request: every value still the text the user typed, so the page can
 * show it back unchanged and say exactly which one is wrong.
 *
 * @param text  words to search for; empty lists everything
 * @param from  first date, {@code YYYY-MM-DD} (what an HTML date input sends)
 * @param to    last date, inclusive
 * @param place a place name from the place filter
 * @param page  1-based result page
 */
record SearchRequest(@Nullable String text, @Nullable String from, @Nullable String to, @Nullable String place,
                     @Nullable String page) {

    static final int DEFAULT_PAGE_SIZE = 10;
    /** ArticleQuery's own limit; checked here too so the error names the parameter. */
    static final int MAX_PAGE_SIZE = 100;

    /** The search to run; throws {@link InvalidRequestException} naming the first unusable value. */
    ArticleQuery toQuery(int pageSize) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw InvalidRequestException.forParameter("to", "to (" + last + ") is before from (" + first + ")");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw InvalidRequestException.forParameter("size",
                    "size must be 1 to " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        return new ArticleQuery(text == null ? "" : text, first, last, place, pageNumber(), pageSize);
    }

    private int pageNumber() {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number < 1) {
                throw InvalidRequestException.forParameter("page", "page must be 1 or more, was " + number);
            }
            return number;
        } catch (NumberFormatException e) {
            throw InvalidRequestException.forParameter("page", "page must be a whole number, was '" + page + "'", e);
        }
    }

    private static @Nullable LocalDate date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forParameter(parameter,
                    parameter + " must be a date like 2023-11-03, was '" + value + "'", e);
        }
    }
}
