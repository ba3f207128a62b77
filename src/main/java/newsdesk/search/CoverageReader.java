package newsdesk.search;

import java.io.IOException;
import newsdesk.ingest.PublicationDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * What a searcher's index covers (articles, page files, first and last date), read from the index
 * itself so incremental refreshes keep it right. Health asks for it on every probe, so it looks
 * values up instead of scanning every page.
 */
final class CoverageReader {

    private CoverageReader() {
    }

    static IndexCoverage read(IndexSearcher searcher) throws IOException {
        var reader = searcher.getIndexReader();
        int articles = searcher.count(new TermQuery(new Term(Fields.RECORD_TYPE, Fields.RECORD_ARTICLE)));
        int pageFiles = 0;
        var sources = MultiTerms.getTerms(reader, Fields.SOURCE_KEY);
        if (sources != null) {
            // Terms of deleted documents linger until segments merge, so each file is checked for a live document.
            var terms = sources.iterator();
            for (var term = terms.next(); term != null; term = terms.next()) {
                if (searcher.count(new TermQuery(new Term(Fields.SOURCE_KEY, BytesRef.deepCopyOf(term)))) > 0) {
                    pageFiles++;
                }
            }
        }
        byte[] first = PointValues.getMinPackedValue(reader, Fields.DATE_FIRST);
        byte[] last = PointValues.getMaxPackedValue(reader, Fields.DATE_LAST);
        return new IndexCoverage(articles, pageFiles, dateAt(searcher, Fields.DATE_FIRST, first),
                dateAt(searcher, Fields.DATE_LAST, last));
    }

    /** The latest page's date alone: one point lookup, cheap enough for every question. */
    static PublicationDate latestDate(IndexSearcher searcher) throws IOException {
        return dateAt(searcher, Fields.DATE_LAST,
                PointValues.getMaxPackedValue(searcher.getIndexReader(), Fields.DATE_LAST));
    }

    /** The stored date of a passage whose date point is {@code packed}: one lookup, not a scan of every page. */
    private static PublicationDate dateAt(IndexSearcher searcher, String field, byte @Nullable [] packed)
            throws IOException {
        if (packed == null) {
            return PublicationDate.UNKNOWN;
        }
        long day = LongPoint.decodeDimension(packed, 0);
        TopDocs top = searcher.search(LongPoint.newExactQuery(field, day), 1);
        return top.scoreDocs.length == 0 ? PublicationDate.UNKNOWN
                : StoredDates.read(searcher.storedFields().document(top.scoreDocs[0].doc));
    }
}
