package newsdesk.search;

import java.util.List;
import newsdesk.text.QuestionLimit;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Ranked passages for a question: BM25 over words, bigrams and titles (with the indexed words tried
 * for everyday words and typos), then the dense cosine re-rank when the served index has vectors.
 */
final class PassageRetrieval {

    private final PassageIndex index;
    private final QuestionQuery queries;
    private final MissingWords missing;
    private final Reranker reranker;
    private final Embedder embedder;
    private final int rerankCandidates;
    private final PlaceFilter places;

    PassageRetrieval(PassageIndex index, QuestionQuery queries, MissingWords missing, Reranker reranker,
                     Embedder embedder, int rerankCandidates, PlaceFilter places) {
        this.places = places;
        this.index = index;
        this.queries = queries;
        this.missing = missing;
        this.reranker = reranker;
        this.embedder = embedder;
        this.rerankCandidates = rerankCandidates;
    }

    List<PassageHit> search(String question, int k, Ranking ranking) {
        return search(question, k, ranking, Scope.ANYWHERE);
    }

    /**
     * @param scope only passages of pages that may fall in its period (a month-precision page touches every
     *              day of its month) and about one of its places, if it names any
     */
    List<PassageHit> search(String question, int k, Ranking ranking, Scope scope) {
        if (k <= 0 || !index.open()) {
            return List.of();
        }
        String cut = QuestionLimit.cut(question);
        BooleanQuery words = queries.build(cut, missing.weights(cut));
        @Nullable Query filter = filter(scope);
        Query query = filter == null || words.clauses().isEmpty() ? words : new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
        boolean dense = ranking == Ranking.RERANKED && hasVectors();
        if (!dense) {
            return words.clauses().isEmpty() ? List.of()
                    : index.search(query, k).stream().map(PassageRetrieval::lexicalHit).toList();
        }
        float[] vector = embedder.embed(cut);
        if (words.clauses().isEmpty()) {
            // Nothing to match lexically (an English question, say): the nearest passages are the only
            // evidence, and their cosine tells the answer layer how weak it is. Text without a single
            // letter or digit (emoji, punctuation) asks nothing, so it finds nothing.
            return Embedder.hasMeaning(cut)
                    ? index.nearest(vector, k, filter).stream().map(PassageRetrieval::denseHit).toList() : List.of();
        }
        List<PassageHit> hits = reranker.rerank(index.search(query, Math.max(k, rerankCandidates)), vector);
        return hits.subList(0, Math.min(k, hits.size()));
    }

    private @Nullable Query filter(Scope scope) {
        if (!scope.limited()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Period period = scope.period();
        if (period != null) {
            all.add(StoredDates.overlapping(period.from(), period.to()), BooleanClause.Occur.FILTER);
        }
        if (!scope.places().isEmpty()) {
            all.add(places.anyOf(scope.places()), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private boolean hasVectors() {
        return Boolean.parseBoolean(index.commitValue(Fields.COMMIT_EMBEDDED));
    }

    private static PassageHit lexicalHit(IndexedPassage found) {
        return new PassageHit(found.passage(), found.score(), found.score(), Double.NaN);
    }

    private static PassageHit denseHit(IndexedPassage found) {
        return new PassageHit(found.passage(), found.score(), 0, found.score());
    }
}
