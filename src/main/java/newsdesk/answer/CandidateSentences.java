package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsdesk.answer.dates.Recency;
import newsdesk.search.Passage;
import newsdesk.search.PassageHit;
import newsdesk.text.SentenceSplitter;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence of the retrieved passages as a candidate answer, scored in its passage's context
 * (rank, lead, the passage's share of the top BM25 score) and, for a question without a date, with a
 * small bonus for newer pages.
 */
final class CandidateSentences {

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final double recencyWeight;

    /** @param recencyWeight the bonus of the newest page over the oldest; small, so it only breaks near-ties */
    CandidateSentences(double recencyWeight) {
        this.recencyWeight = recencyWeight;
    }

    /** Every sentence of the retrieved passages, best answer first; with a recency, newer pages win ties. */
    List<AnswerService.Candidate> rank(Question question, List<PassageHit> hits, SentenceScorer scorer,
                                       @Nullable Recency recency) {
        List<SentenceScorer.Candidate> sentences = new ArrayList<>();
        List<AnswerService.Candidate> placed = new ArrayList<>();
        double top = hits.isEmpty() ? 0 : hits.getFirst().lexicalScore();
        for (int rank = 0; rank < hits.size(); rank++) {
            Passage passage = hits.get(rank).passage();
            double passageScore = top > 0 ? Math.max(0, Math.min(1, hits.get(rank).lexicalScore() / top)) : 0;
            List<String> split = splitter.split(passage.text());
            double[] cosines = hits.get(rank).sentenceCosines();
            for (int i = 0; i < split.size(); i++) {
                boolean lead = i == 0 && passage.passageId().endsWith("#0");
                // Vectors indexed under other sentence rules than today's are not trusted to line up.
                double cosine = cosines.length == split.size() ? cosines[i] : Double.NaN;
                sentences.add(new SentenceScorer.Candidate(split.get(i), rank, passage.title(), lead, passageScore,
                        cosine));
                placed.add(new AnswerService.Candidate(passage, split, i, null));
            }
        }
        List<ScoredSentence> scored = scorer.score(question, sentences);
        List<AnswerService.Candidate> candidates = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            AnswerService.Candidate at = placed.get(i);
            ScoredSentence sentence = scored.get(i);
            if (recency != null) {
                double bonus = recencyWeight * recency.of(at.passage().date());
                sentence = new ScoredSentence(sentence.sentence(), sentence.passageRank(), sentence.score() + bonus,
                        sentence.terms(), sentence.features());
            }
            candidates.add(new AnswerService.Candidate(at.passage(), at.sentences(), at.index(), sentence));
        }
        candidates.sort(Comparator.comparingDouble((AnswerService.Candidate c) -> c.sentence().score()).reversed());
        return candidates;
    }
}
