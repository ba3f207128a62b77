package newsdesk.search;

import java.util.Arrays;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.jspecify.annotations.Nullable;

/**
 * Owns how a whole article is kept in the index, beside its passages, so that "show the full
 * article" needs no second store. An article document has no analysed text and no vector, so no
 * question ever matches it.
 */
final class ArticleDocuments {

    private ArticleDocuments() {
    }

    static Document toDocument(Article article) {
        Document doc = new Document();
        doc.add(new StringField(Fields.RECORD_TYPE, Fields.RECORD_ARTICLE, Field.Store.NO));
        doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
        doc.add(new StringField(Fields.SOURCE_KEY, article.source(), Field.Store.NO));
        doc.add(new StoredField(Fields.SOURCE, article.source()));
        doc.add(new StoredField(Fields.POSITION, article.position()));
        doc.add(new StoredField(Fields.TITLE, article.title()));
        doc.add(new StoredField(Fields.SUBTITLE, article.subtitle()));
        doc.add(new StoredField(Fields.KIND, article.kind().label()));
        StoredDates.store(doc, article.date(), false);
        if (article.page() != null) {
            doc.add(new StoredField(Fields.PAGE, article.page()));
        }
        storeIfPresent(doc, Fields.EDITION, article.edition());
        storeIfPresent(doc, Fields.SECTION, article.section());
        storeIfPresent(doc, Fields.CONTINUED_ON, article.continuedOn());
        storeIfPresent(doc, Fields.REPRINTED_FROM, article.reprintedFrom());
        article.reporters().forEach(name -> doc.add(new StoredField(Fields.REPORTERS, name)));
        article.paragraphs().forEach(paragraph -> doc.add(new StoredField(Fields.PARAGRAPHS, paragraph)));
        article.captions().forEach(caption -> doc.add(new StoredField(Fields.CAPTIONS, caption)));
        return doc;
    }

    static Article toArticle(Document doc) {
        IndexableField page = doc.getField(Fields.PAGE);
        return new Article(doc.get(Fields.ARTICLE_ID), doc.get(Fields.SOURCE),
                doc.getField(Fields.POSITION).numericValue().intValue(),
                StoredDates.read(doc),
                page == null ? null : page.numericValue().intValue(),
                doc.get(Fields.EDITION), doc.get(Fields.SECTION), doc.get(Fields.TITLE), doc.get(Fields.SUBTITLE),
                values(doc, Fields.REPORTERS), ArticleKind.valueOf(doc.get(Fields.KIND).toUpperCase(java.util.Locale.ROOT)),
                values(doc, Fields.PARAGRAPHS), values(doc, Fields.CAPTIONS),
                doc.get(Fields.CONTINUED_ON), doc.get(Fields.REPRINTED_FROM));
    }

    private static List<String> values(Document doc, String field) {
        return Arrays.asList(doc.getValues(field));
    }

    private static void storeIfPresent(Document doc, String field, @Nullable String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
