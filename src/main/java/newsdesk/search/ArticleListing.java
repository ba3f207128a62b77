package newsdesk.search;

import newsdesk.text.QuestionLimit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** The community worker's article search: the question's words plus date and place filters, one entry per article. */
final class ArticleListing {

    /** Passages a listing search reads to group into articles: enough for 50 pages of 10 results. */
    private static final int MAX_LISTED_PASSAGES = 2_000;

    private final PassageIndex index;
    private final QuestionQuery queries;
    private final MissingWords missing;
    private final Function<String, List<String>> words;

    ArticleListing(PassageIndex index, QuestionQuery queries, MissingWords missing, Function<String, List<String>> words) {
        this.index = index;
        this.queries = queries;
        this.missing = missing;
        this.words = words;
    }

    ArticleResults search(ArticleQuery query) {
        if (!index.open()) {
            return new ArticleResults(0, query.page(), query.pageSize(), List.of());
        }
        String text = QuestionLimit.cut(query.text());
        Map<String, Float> alternatives = missing.weights(text);
        BooleanQuery wordQuery = queries.build(text, alternatives);
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(wordQuery.clauses().isEmpty() ? new FieldExistsQuery(Fields.PASSAGE_ID) : wordQuery,
                        wordQuery.clauses().isEmpty() ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        if (query.from() != null || query.to() != null) {
            filtered.add(StoredDates.overlapping(query.from(), query.to()), BooleanClause.Occur.FILTER);
        }
        if (query.place() != null) {
            filtered.add(new TermQuery(new Term(Fields.PLACE, query.place())), BooleanClause.Occur.FILTER);
        }
        Map<String, ListedPassage> bestPerArticle = new LinkedHashMap<>();
        for (ListedPassage found : passages(filtered.build(), MAX_LISTED_PASSAGES)) {
            bestPerArticle.putIfAbsent(found.passage().articleId(), found);
        }
        List<ListedPassage> ordered = new ArrayList<>(bestPerArticle.values());
        if (wordQuery.clauses().isEmpty()) {
            // Without words there is no relevance: the newest pages first, then page order.
            ordered.sort(Comparator.comparing((ListedPassage p) -> p.passage().date().last(),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(p -> p.passage().articleId()));
        }
        // The official word found for an everyday one is what the reader sees in the text, so it is marked too.
        Set<String> highlight = new LinkedHashSet<>(words.apply(text));
        highlight.addAll(alternatives.keySet());
        List<ArticleMatch> page = ordered.stream()
                .skip((long) (query.page() - 1) * query.pageSize())
                .limit(query.pageSize())
                .map(found -> match(found, highlight))
                .toList();
        return new ArticleResults(ordered.size(), query.page(), query.pageSize(), page);
    }

    private static ArticleMatch match(ListedPassage found, Set<String> terms) {
        Passage passage = found.passage();
        List<String> present = terms.stream().filter(term -> term.length() > 1 && passage.text().contains(term)).toList();
        return new ArticleMatch(passage.articleId(), passage.title(), passage.date(), passage.page(), passage.source(),
                found.places(), passage.text(), present, found.score());
    }

    /** The best {@code n} passages for a query with their article's places. */
    private List<ListedPassage> passages(Query query, int n) {
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(query, n, PassageIndex.BY_SCORE_THEN_ID, true);
            List<ListedPassage> found = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                found.add(new ListedPassage(PassageDocuments.toPassage(doc), List.of(doc.getValues(Fields.PLACE)),
                        Float.isNaN(hit.score) ? 0 : hit.score));
            }
            return found;
        });
    }

    /** A passage found by a listing search. */
    private record ListedPassage(Passage passage, List<String> places, float score) {
    }
}
