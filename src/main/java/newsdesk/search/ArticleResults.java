package newsdesk.search;

import java.util.List;

/** One page of article search results; {@code total} counts matching articles over all pages. */
public record ArticleResults(long total, int page, int pageSize, List<ArticleMatch> matches) {
}
