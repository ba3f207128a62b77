package newsdesk.answer;

import java.util.List;
import newsdesk.answer.dates.DateProperties;
import newsdesk.answer.dates.DateRange;
import newsdesk.answer.dates.NearestReports;
import newsdesk.answer.dates.StatedYears;
import newsdesk.search.PassageHit;
import newsdesk.search.Period;
import newsdesk.search.Scope;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;

/**
 * What a question pins down — its dates and its places — as the passages that may answer it, and what to
 * say when none of them does: that the paper has nothing for those dates or that place, and where it has
 * something near ("没有找到关于李寨乡的报道；其他地方的报道有…").
 */
final class AnswerScope {

    /** How many times the usual passages are searched for a date range, to make up for look-backs passed over. */
    private static final int LOOK_BACK_DEPTH = 4;

    private final SearchService search;
    private final PlaceProperties placeTexts;
    private final DateProperties dates;
    private final NearestReports nearest;
    private final AnswerWording wording;
    private final int passages;

    AnswerScope(SearchService search, PlaceProperties placeTexts, DateProperties dates, AnswerWording wording,
                int passages) {
        this.search = search;
        this.placeTexts = placeTexts;
        this.dates = dates;
        this.nearest = new NearestReports(search, dates.nearestRelevantShare());
        this.wording = wording;
        this.passages = passages;
    }

    Scope of(Question parsed, @Nullable DateRange range) {
        return new Scope(range == null ? null : new Period(range.from(), range.reportedUntil()),
                search.placeNames().limiting(parsed.text()));
    }

    /**
     * The passages that compete to answer. For a whole year asked, passages that state only other years are
     * passed over for those further down: a page of the asked year looking back (2022年…每亩970元) passes the
     * date filter.
     */
    List<PassageHit> hits(Question parsed, Scope scope, @Nullable DateRange range) {
        if (range == null || !range.wholeYear()) {
            return search.search(parsed.text(), passages, scope);
        }
        return search.search(parsed.text(), passages * LOOK_BACK_DEPTH, scope).stream()
                .filter(hit -> !StatedYears.contradict(hit.passage().text(), range))
                .limit(passages)
                .toList();
    }

    /** The candidate sentences, without those that state only other years than the whole year asked. */
    List<AnswerService.Candidate> ofTheAskedYear(List<AnswerService.Candidate> candidates, @Nullable DateRange range) {
        if (range == null || !range.wholeYear()) {
            return candidates;
        }
        return candidates.stream()
                .filter(candidate -> !StatedYears.contradict(candidate.sentence().sentence(), range))
                .toList();
    }

    /** Nothing in the scope answered: say which dates or place came up empty, and offer what is near. */
    Answer nothingIn(String question, Question parsed, Scope scope, @Nullable DateRange range, long tookMs) {
        if (!scope.places().isEmpty()) {
            List<PassageHit> otherDates = range == null ? List.of() : nearest.around(parsed.text(), range, scope);
            if (otherDates.isEmpty()) {
                return nothingThere(question, parsed, scope, tookMs);
            }
            return nothingInRange(question, range, otherDates, tookMs);
        }
        return nothingInRange(question, range, nearest.around(parsed.text(), range), tookMs);
    }

    private Answer nothingThere(String question, Question parsed, Scope scope, long tookMs) {
        List<PassageHit> near = search.search(parsed.text(), passages, scope.withoutPlaces());
        String text = placeTexts.nothingThereText().replace("{place}", String.join("、", scope.places()))
                + near.stream()
                        .map(PassageHit::passage)
                        // An article about the asked place itself is no "other place"; it is still cited below.
                        .filter(passage -> scope.places().stream().noneMatch(passage::mentions))
                        .findFirst()
                        .map(other -> placeTexts.elsewhereText().replace("{title}", other.title())
                                .replace("{date}", other.date().printed()))
                        .orElse("");
        return new Answer(question, AnswerStatus.NONE, text, wording.suggestions(near), tookMs);
    }

    private Answer nothingInRange(String question, DateRange range, List<PassageHit> outside, long tookMs) {
        return new Answer(question, AnswerStatus.NONE, wording.nothingInRange(range, outside, dates),
                wording.suggestions(outside), tookMs);
    }
}
