package newsdesk.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsdesk.search.PassageHit;

/** Whether the best passages speak of what a question is about at all: the line between an answer and {@code none}. */
final class TopicCoverage {

    private final AnswerProperties properties;
    private final TermStatistics statistics;

    TopicCoverage(AnswerProperties properties, TermStatistics statistics) {
        this.properties = properties;
        this.statistics = statistics;
    }

    /**
     * Whether the paper really speaks of the question. BM25 scores grow with question length and do
     * not compare across questions, so the evidence is the share of the question's term weight that
     * the best passages hold, and the dense model's cosine.
     */
    boolean covered(Question question, List<PassageHit> best, List<AnswerService.Candidate> candidates) {
        double[] evidence = evidence(question, best, candidates);
        return evidence[0] >= properties.minCoverage() || evidence[1] >= properties.minCosine()
                || evidence[0] + evidence[1] >= properties.minEvidence();
    }

    /** {coverage, cosine}: the best passages' share of the question's term weight, and their best cosine. */
    double[] evidence(Question question, List<PassageHit> best, List<AnswerService.Candidate> candidates) {
        double coverage = 0;
        double cosine = 0;
        for (int rank = 0; rank < best.size(); rank++) {
            PassageHit hit = best.get(rank);
            Set<String> terms = new HashSet<>(statistics.terms(hit.passage().title()));
            for (AnswerService.Candidate candidate : candidates) {
                if (candidate.sentence().passageRank() == rank) {
                    terms.addAll(candidate.sentence().terms());
                }
            }
            // The analyser may cut the paper's longer word where the question has the short one (街道办 in
            // 街道办事处): a question word printed inside the passage is held by it.
            for (String term : question.terms()) {
                if (term.length() >= 2 && hit.passage().mentions(term)) {
                    terms.add(term);
                }
            }
            double share = SentenceMeasures.weightShare(question.terms(), question.topicWeights(),
                    question.withStandIns(terms));
            coverage = Math.max(coverage, share);
            if (!Double.isNaN(hit.cosine())) {
                cosine = Math.max(cosine, hit.cosine());
            }
        }
        return new double[] {coverage, cosine};
    }
}
