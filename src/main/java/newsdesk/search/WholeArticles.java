package newsdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsdesk.ingest.Article;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The whole articles the index keeps beside their passages, for citations and a page file's listing. */
final class WholeArticles {

    /** More articles than any page file holds. */
    private static final int MAX_PER_FILE = 10_000;

    private final PassageIndex index;

    WholeArticles(PassageIndex index) {
        this.index = index;
    }

    /** The whole article kept under this id; empty without an index or such an article. */
    Optional<Article> article(String articleId) {
        if (!index.open()) {
            return Optional.empty();
        }
        List<Article> found = find(articles(new TermQuery(new Term(Fields.ARTICLE_ID, articleId))), 1);
        return found.stream().findFirst();
    }

    /** The whole articles of one page file, in page order; empty when the file is not indexed. */
    List<Article> of(String source) {
        if (!index.open()) {
            return List.of();
        }
        return find(articles(new TermQuery(new Term(Fields.SOURCE_KEY, source))), MAX_PER_FILE).stream()
                .sorted(Comparator.comparingInt(Article::position)).toList();
    }

    private List<Article> find(Query query, int n) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query, n);
            List<Article> articles = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                articles.add(ArticleDocuments.toArticle(searcher.storedFields().document(hit.doc)));
            }
            return articles;
        });
    }

    private static Query articles(Query of) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.RECORD_TYPE, Fields.RECORD_ARTICLE)), BooleanClause.Occur.FILTER)
                .add(of, BooleanClause.Occur.FILTER)
                .build();
    }
}
