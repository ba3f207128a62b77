package newsdesk.answer.dates;

import java.util.Comparator;
import java.util.List;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.PassageHit;
import newsdesk.search.Scope;
import newsdesk.search.SearchService;

/**
 * The reports to offer when nothing of the asked-for dates was found: of the passages that match the
 * question well, those printed closest in time to the range first. "最近的报道" means nearest in time,
 * but a report on another subject that happens to be nearer does not help anyone.
 *
 * @param relevantShare a passage counts as matching well when its BM25 score is at least this share of
 *                      the best one's
 */
public record NearestReports(SearchService search, double relevantShare) {

    /** Passages searched, whatever their date, for the ones nearest to the range. */
    private static final int CANDIDATES = 20;

    /** The passages for {@code question} outside {@code range}, the well-matching ones nearest in time first. */
    public List<PassageHit> around(String question, DateRange range) {
        return of(search.search(question, CANDIDATES), range);
    }

    /** The same among the passages of a scope's places, whatever their date. */
    public List<PassageHit> around(String question, DateRange range, Scope scope) {
        return of(search.search(question, CANDIDATES, scope.anyDate()), range);
    }

    List<PassageHit> of(List<PassageHit> hits, DateRange range) {
        if (hits.isEmpty()) {
            return List.of();
        }
        double floor = hits.getFirst().lexicalScore() * relevantShare;
        return hits.stream().filter(hit -> hit.lexicalScore() >= floor)
                .sorted(Comparator.comparingLong(hit -> daysApart(hit.passage().date(), range)))
                .toList();
    }

    /** Days between the page's possible dates and the range; 0 when they overlap. */
    static long daysApart(PublicationDate page, DateRange range) {
        if (page.first() == null || page.last() == null) {
            return Long.MAX_VALUE;
        }
        if (page.last().isBefore(range.from())) {
            return range.from().toEpochDay() - page.last().toEpochDay();
        }
        if (page.first().isAfter(range.to())) {
            return page.first().toEpochDay() - range.to().toEpochDay();
        }
        return 0;
    }
}
