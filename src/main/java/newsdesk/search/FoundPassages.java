package newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/** The passages behind a search's hits, with each one's stored vectors for the dense re-rank and sentence choice. */
final class FoundPassages {

    private FoundPassages() {
    }

    static List<IndexedPassage> of(IndexSearcher searcher, TopDocs top) throws IOException {
        var stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<IndexedPassage> passages = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            passages.add(new IndexedPassage(PassageDocuments.toPassage(stored.document(hit.doc)), hit.score,
                    vectorOf(leaf, hit.doc - leaf.docBase), sentenceVectorsOf(leaf, hit.doc - leaf.docBase)));
        }
        return passages;
    }

    private static byte @Nullable [] sentenceVectorsOf(LeafReaderContext leaf, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.SENTENCE_VECTORS);
        if (values == null || !values.advanceExact(doc)) {
            return null;
        }
        return BytesRef.deepCopyOf(values.binaryValue()).bytes;
    }

    private static float @Nullable [] vectorOf(LeafReaderContext leaf, int doc) throws IOException {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator iterator = values.iterator();
        if (iterator.advance(doc) != doc) {
            return null;
        }
        // The reader reuses its buffer for the next vector.
        return values.vectorValue(iterator.index()).clone();
    }
}
