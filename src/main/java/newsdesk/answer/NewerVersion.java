package newsdesk.answer;

import java.util.Optional;
import java.util.List;
import newsdesk.answer.dates.Recency;

/**
 * Two articles that both hold the asked-for kind of fact and answer about equally well are two versions
 * of one fact (an amount raised between two editions): the later article is the answer, because the
 * paper's latest word is what holds now, and the earlier one is cited as earlier information.
 */
final class NewerVersion {

    private NewerVersion() {
    }

    /**
     * The latest other article whose sentence answers nearly as well as {@code chosen} by its own words, if any
     * is later: a headline that names the programme (推进农田建设) must not keep last year's figure in front.
     */
    static Optional<AnswerService.Candidate> of(AnswerService.Candidate chosen, List<AnswerService.Candidate> ranked,
                                                double share, SentenceWeights weights) {
        if (chosen.sentence().features().typeMatch() < 1) {
            return Optional.empty();
        }
        double floor = ownScore(chosen, weights) * share;
        AnswerService.Candidate latest = chosen;
        for (AnswerService.Candidate candidate : ranked) {
            if (ownScore(candidate, weights) < floor) {
                continue;
            }
            boolean sameFactKind = candidate.sentence().features().typeMatch() >= 1;
            if (sameFactKind && !candidate.passage().articleId().equals(chosen.passage().articleId())
                    && Recency.later(candidate.passage().date(), latest.passage().date())) {
                latest = candidate;
            }
        }
        return latest == chosen ? Optional.empty() : Optional.of(latest);
    }

    private static double ownScore(AnswerService.Candidate candidate, SentenceWeights weights) {
        return weights.score(candidate.sentence().features().ownWordsOnly());
    }
}
