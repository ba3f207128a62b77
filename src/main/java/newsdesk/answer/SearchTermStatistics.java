package newsdesk.answer;

import java.util.List;
import newsdesk.search.SearchService;

/** Term statistics from the search index, so answers weigh words exactly as retrieval does. */
final class SearchTermStatistics implements TermStatistics {

    private final SearchService search;

    SearchTermStatistics(SearchService search) {
        this.search = search;
    }

    @Override
    public List<String> terms(String text) {
        return search.words(text);
    }

    @Override
    public double idf(String term) {
        return search.idf(term);
    }
}
