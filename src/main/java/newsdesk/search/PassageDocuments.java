package newsdesk.search;

import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/** Owns every choice of how a passage becomes a Lucene document and back. */
final class PassageDocuments {

    private PassageDocuments() {
    }

    static Document toDocument(Passage passage, @Nullable PassageVectors vectors) {
        return toDocument(passage, vectors, List.of());
    }

    static Document toDocument(Passage passage, @Nullable PassageVectors vectors, List<String> places) {
        Document doc = new Document();
        doc.add(new StringField(Fields.SOURCE_KEY, passage.source(), Field.Store.NO));
        places.forEach(place -> doc.add(new StringField(Fields.PLACE, place, Field.Store.YES)));
        places.stream().map(PlaceKind::of).distinct()
                .forEach(kind -> doc.add(new StringField(Fields.PLACE_KIND, kind.name(), Field.Store.NO)));
        doc.add(new StringField(Fields.PASSAGE_ID, passage.passageId(), Field.Store.YES));
        // Sorting by score then id makes equal scores come back in the same order on every build.
        doc.add(new SortedDocValuesField(Fields.PASSAGE_ID, new BytesRef(passage.passageId())));
        doc.add(new StringField(Fields.ARTICLE_ID, passage.articleId(), Field.Store.YES));
        doc.add(new StoredField(Fields.TITLE, passage.title()));
        doc.add(new StoredField(Fields.TEXT, passage.text()));
        // Text fields are indexed, not stored: the stored copies above are shared by both analyses.
        doc.add(new TextField(Fields.TITLE_WORDS, passage.title(), Field.Store.NO));
        doc.add(new TextField(Fields.TITLE_BIGRAMS, passage.title(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_WORDS, passage.text(), Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_BIGRAMS, passage.text(), Field.Store.NO));
        StoredDates.store(doc, passage.date(), true);
        if (passage.page() != null) {
            doc.add(new StoredField(Fields.PAGE, passage.page()));
        }
        doc.add(new StoredField(Fields.SOURCE, passage.source()));
        doc.add(new StoredField(Fields.KIND, passage.kind()));
        if (vectors != null) {
            // The vectors are unit length, so DOT_PRODUCT ranks like cosine without normalising again.
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vectors.passage(), VectorSimilarityFunction.DOT_PRODUCT));
            if (vectors.sentences().length > 0) {
                // A doc value, not a stored field: read for the few passages a question retrieves, without
                // making every stored document (decompressed whenever a passage is shown) a few kilobytes larger.
                doc.add(new BinaryDocValuesField(Fields.SENTENCE_VECTORS, new BytesRef(vectors.sentences())));
            }
        }
        return doc;
    }

    static Passage toPassage(Document doc) {
        var page = doc.getField(Fields.PAGE);
        return new Passage(doc.get(Fields.PASSAGE_ID), doc.get(Fields.ARTICLE_ID), doc.get(Fields.TITLE),
                StoredDates.read(doc),
                page == null ? null : page.numericValue().intValue(),
                doc.get(Fields.SOURCE), doc.get(Fields.KIND), doc.get(Fields.TEXT));
    }
}
