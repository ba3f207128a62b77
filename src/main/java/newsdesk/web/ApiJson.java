package newsdesk.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.ArticleMatch;
import newsdesk.search.ArticleResults;
import org.jspecify.annotations.Nullable;

/**
 * The API's JSON for searches and articles. Field names are snake_case like the answer object's
 * ({@code article_id}), so clients see one naming style across {@code /api}; they are a contract, so
 * they live here rather than follow the Java names of the search and ingest records.
 */
final class ApiJson {

    private ApiJson() {
    }

    /** One page of search results; {@code total} counts matching articles over all pages. */
    record Results(long total, int page, @JsonProperty("page_size") int pageSize, List<Match> matches) {

        static Results of(ArticleResults results) {
            return new Results(results.total(), results.page(), results.pageSize(),
                    results.matches().stream().map(Match::of).toList());
        }
    }

    /** One article found, with its best passage and the searched words that occur in it. */
    record Match(@JsonProperty("article_id") String articleId, String title, PublicationDate date,
                 @Nullable Integer page, String source, List<String> places, String excerpt, List<String> highlight,
                 double score) {

        static Match of(ArticleMatch match) {
            return new Match(match.articleId(), match.title(), match.date(), match.page(), match.source(),
                    match.places(), match.excerpt(), match.highlight(), match.score());
        }
    }

    /** A whole cleaned article with where it was printed. */
    record ArticleBody(String id, String title, String subtitle, PublicationDate date, @Nullable Integer page,
                       String source, String kind, List<String> reporters, List<String> paragraphs,
                       List<String> captions, @JsonProperty("continued_on") @Nullable String continuedOn,
                       @JsonProperty("reprinted_from") @Nullable String reprintedFrom) {

        static ArticleBody of(Article article) {
            return new ArticleBody(article.id(), article.displayTitle(), article.subtitle(), article.date(),
                    article.page(), article.source(), article.kind().label(), article.reporters(),
                    article.paragraphs(), article.captions(), article.continuedOn(), article.reprintedFrom());
        }
    }
}
