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
            // A passage the vector policy left out (an old page under "recent") has no cosine; it keeps its BM25
            // share on both halves, instead of a cosine of 0 that would sink every old page below the new ones.
            double cosine = vector == null ? Double.NaN : Embedder.dot(question, vector);
            double dense = vector == null ? lexical : cosine;
            byte[] sentences = candidate.sentenceVectors();
            hits.add(new PassageHit(candidate.passage(), (1 - denseWeight) * lexical + denseWeight * dense,
                    candidate.score(), cosine,
                    sentences == null ? new double[0] : SentenceVectors.cosines(question, sentences)));
        }
        hits.sort(BEST_FIRST);
        return hits;
    }
}
