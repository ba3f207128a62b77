package newsdesk.answer;

import java.util.Optional;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import newsdesk.answer.dates.Recency;
import newsdesk.answer.dates.StatedYears;

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
     * A later sentence that names a place the chosen one does not is about somewhere else and no version of it.
     */
    static Optional<AnswerService.Candidate> of(AnswerService.Candidate chosen, List<AnswerService.Candidate> ranked,
                                                double share, SentenceWeights weights,
                                                Function<String, List<String>> placesIn) {
        if (chosen.sentence().features().typeMatch() < 1) {
            return Optional.empty();
        }
        Set<String> chosenPlaces = Set.copyOf(placesIn.apply(chosen.sentence().sentence()));
        double floor = ownScore(chosen, weights) * share;
        AnswerService.Candidate latest = chosen;
        for (AnswerService.Candidate candidate : ranked) {
            if (ownScore(candidate, weights) < floor) {
                continue;
            }
            boolean sameFactKind = candidate.sentence().features().typeMatch() >= 1;
            // The same programme's figure for another street or township is another fact, not a later one.
            if (sameFactKind && !candidate.passage().articleId().equals(chosen.passage().articleId())
                    && later(candidate, latest)
                    && chosenPlaces.containsAll(placesIn.apply(candidate.sentence().sentence()))) {
                latest = candidate;
            }
        }
        return latest == chosen ? Optional.empty() : Optional.of(latest);
    }

    /**
     * Whether a version is of a later time: by the year its sentence states, when both state one (a page of
     * September looking back on last year's figure is not newer than June's figure for this year), else by
     * publication date.
     */
    private static boolean later(AnswerService.Candidate candidate, AnswerService.Candidate than) {
        OptionalInt year = StatedYears.latest(candidate.sentence().sentence());
        OptionalInt thanYear = StatedYears.latest(than.sentence().sentence());
        if (year.isPresent() && thanYear.isPresent() && year.getAsInt() != thanYear.getAsInt()) {
            return year.getAsInt() > thanYear.getAsInt();
        }
        return Recency.later(candidate.passage().date(), than.passage().date());
    }

    private static double ownScore(AnswerService.Candidate candidate, SentenceWeights weights) {
        return weights.score(candidate.sentence().features().ownWordsOnly());
    }
}
