package newsdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lets the dense model re-order BM25's top candidates. BM25 is divided by the top candidate's score
 * (BM25 grows with question length, so raw scores do not mix with a cosine), then averaged with the
 * cosine. The dense model only re-orders what BM25 found: on its own it is the weaker ranking.
 */
final class Reranker {

    private static final Comparator<PassageHit> BEST_FIRST = Comparator.comparingDouble(PassageHit::score)
            .reversed()
            .thenComparing(hit -> hit.passage().passageId());

    private final double denseWeight;

    Reranker(double denseWeight) {
        this.denseWeight = denseWeight;
    }

    List<PassageHit> rerank(List<IndexedPassage> candidates, float[] question) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        double top = candidates.getFirst().score();
        List<PassageHit> hits = new ArrayList<>(candidates.size());
        for (IndexedPassage candidate : candidates) {
            double lexical = top > 0 ? candidate.score() / top : 0;
            float[] vector = candidate.vector();
            double cosine = vector == null ? 0 : Embedder.dot(question, vector);
            hits.add(new PassageHit(candidate.passage(), (1 - denseWeight) * lexical + denseWeight * cosine,
                    candidate.score(), vector == null ? Double.NaN : cosine));
        }
        hits.sort(BEST_FIRST);
        return hits;
    }
}
