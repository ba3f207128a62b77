package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsdesk.ingest.Article;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.ArticleMatch;
import newsdesk.search.ArticleQuery;
import newsdesk.search.ArticleResults;
import newsdesk.search.SearchService;

/** Finds the newest edition: the page files of the newest publication date, their articles grouped by page. */
final class NewestEdition {

    private static final int PAGE_SIZE = 100;

    private final SearchService search;

    NewestEdition(SearchService search) {
        this.search = search;
    }

    Edition find() {
        PublicationDate newest = search.latestDate();
        if (!newest.known()) {
            return Edition.NONE;
        }
        // Page numbers sort as numbers; a page whose number nobody knows goes last.
        Map<Integer, List<Article>> byPage = new TreeMap<>(Comparator.nullsLast(Comparator.<Integer>naturalOrder()));
        for (String source : sourcesDated(newest)) {
            for (Article article : search.articlesOf(source)) {
                byPage.computeIfAbsent(article.page(), page -> new ArrayList<>()).add(article);
            }
        }
        List<Edition.Page> pages = new ArrayList<>();
        byPage.forEach((number, articles) -> pages.add(new Edition.Page(number, articles.stream()
                .sorted(Comparator.comparing(Article::source).thenComparingInt(Article::position))
                .map(article -> new Edition.Headline(article.id(), article.displayTitle()))
                .toList())));
        return pages.isEmpty() ? Edition.NONE : new Edition(newest, pages);
    }

    /**
     * The page files dated exactly {@code newest}. The date filter finds every page that may overlap it
     * (a month-precision page overlaps a day in it), so the dates are compared once more.
     */
    private Set<String> sourcesDated(PublicationDate newest) {
        Set<String> sources = new LinkedHashSet<>();
        for (int page = 1; ; page++) {
            ArticleResults results = search.searchArticles(
                    new ArticleQuery("", newest.first(), newest.last(), null, page, PAGE_SIZE));
            for (ArticleMatch match : results.matches()) {
                if (sameDay(match.date(), newest)) {
                    sources.add(match.source());
                }
            }
            if ((long) page * PAGE_SIZE >= results.total()) {
                return sources;
            }
        }
    }

    private static boolean sameDay(PublicationDate date, PublicationDate newest) {
        return date.precision() == newest.precision() && date.iso().equals(newest.iso());
    }
}
