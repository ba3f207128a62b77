package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * The newest edition on file, for the bot's /today and the web page's link: the articles of the newest
 * publication date, page by page.
 *
 * @param date  the newest date any indexed page has; unknown when no page has a date (then no pages)
 * @param pages in page-number order, pages of unknown number last
 */
public record Edition(PublicationDate date, List<Page> pages) {

    /** No indexed page has a date. */
    public static final Edition NONE = new Edition(PublicationDate.UNKNOWN, List.of());

    public Edition {
        java.util.Objects.requireNonNull(date, "date");
        pages = List.copyOf(pages);
    }

    public boolean empty() {
        return pages.isEmpty();
    }

    @JsonProperty("date_printed")
    public String datePrinted() {
        return date.printed();
    }

    /** One page's headlines in the order the page prints them. */
    public record Page(@Nullable Integer number, List<Headline> headlines) {

        public Page {
            headlines = List.copyOf(headlines);
        }
    }

    public record Headline(@JsonProperty("article_id") String articleId, String title) {
    }
}
