package newsdesk.web;

import java.util.List;
import newsdesk.search.ArticleMatch;
import newsdesk.search.ArticleResults;

/** One page of search results as the page shows them, with the searched words marked in each excerpt. */
record ResultsView(long total, int page, int pages, List<Match> matches) {

    record Match(String articleId, String title, String date, String page, String source,
                 List<Highlighting.Segment> excerpt) {
    }

    static ResultsView of(ArticleResults results) {
        int pages = (int) Math.max(1, (results.total() + results.pageSize() - 1) / results.pageSize());
        return new ResultsView(results.total(), results.page(), pages,
                results.matches().stream().map(ResultsView::match).toList());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    private static Match match(ArticleMatch match) {
        return new Match(match.articleId(), match.title(), Printed.date(match.date()), Printed.page(match.page()),
                match.source(), Highlighting.mark(match.excerpt(), match.highlight()));
    }
}
