package newsdesk.search;

import java.time.LocalDate;
import newsdesk.ingest.PublicationDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * How a publication date lives in a Lucene document: its manifest form stored for display, and its
 * first and last day as points, so that a date filter finds every page that may fall in the range
 * (a page of "2023年11月" for a question about 11月3日).
 */
final class StoredDates {

    private StoredDates() {
    }

    static void store(Document doc, PublicationDate date, boolean searchable) {
        if (!date.known() || date.first() == null || date.last() == null) {
            return;
        }
        doc.add(new StoredField(Fields.DATE, date.iso()));
        if (date.inferred()) {
            doc.add(new StoredField(Fields.DATE_INFERRED, "true"));
        }
        if (searchable) {
            doc.add(new LongPoint(Fields.DATE_FIRST, date.first().toEpochDay()));
            doc.add(new LongPoint(Fields.DATE_LAST, date.last().toEpochDay()));
        }
    }

    static PublicationDate read(Document doc) {
        return PublicationDate.parse(doc.get(Fields.DATE)).asInferred(doc.get(Fields.DATE_INFERRED) != null);
    }

    /** Passages whose page may fall within from…to (either open); pages of unknown date never match. */
    static Query overlapping(@Nullable LocalDate from, @Nullable LocalDate to) {
        long upper = to == null ? Long.MAX_VALUE : to.toEpochDay();
        long lower = from == null ? Long.MIN_VALUE : from.toEpochDay();
        return new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(Fields.DATE_FIRST, Long.MIN_VALUE, upper), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(Fields.DATE_LAST, lower, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build();
    }
}
