package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an answer comes from: one article, with the excerpt quoted from it.
 *
 * @param date  as precisely as it is known; in JSON {@code 2023-11-04}, {@code 2023-11} or null
 * @param score how strongly the article supports the answer; comparable within one answer only
 */
public record Citation(@JsonProperty("article_id") String articleId, String title, PublicationDate date,
                       @Nullable Integer page, String source, String excerpt, double score) {

    public Citation {
        java.util.Objects.requireNonNull(date, "date: PublicationDate.UNKNOWN when nobody knows it");
    }

    /** The date as a reader sees it (2023年11月, 日期不详), so no client has to word it again. */
    @JsonProperty("date_printed")
    public String datePrinted() {
        return date.printed();
    }
}
