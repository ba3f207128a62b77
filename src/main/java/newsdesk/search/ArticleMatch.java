package newsdesk.search;

import newsdesk.ingest.PublicationDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article found by a search, with the passage that matched best.
 *
 * @param excerpt   the best-matching passage, as printed
 * @param highlight the searched words as they occur in the excerpt, for marking them on the page
 */
public record ArticleMatch(String articleId, String title, PublicationDate date, @Nullable Integer page,
                           String source, List<String> places, String excerpt, List<String> highlight, double score) {
}
