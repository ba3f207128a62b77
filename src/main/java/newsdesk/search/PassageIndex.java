package newsdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * The passages in one Lucene directory. A build replaces the whole content in a single commit, so a
 * reader sees either the old index or the new one; searchers come from a {@link SearcherManager}
 * that is refreshed after each commit, never per query.
 */
final class PassageIndex implements Closeable {

    /** Score first, then passage id, so equal scores come back in the same order on every build. */
    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE,
            new SortField(Fields.PASSAGE_ID, SortField.Type.STRING));

    private final Directory directory;
    private final Analyzer analyzer;
    private @Nullable SearcherManager searchers;

    PassageIndex(Directory directory, Analyzer analyzer) {
        this.directory = directory;
        this.analyzer = analyzer;
    }

    /**
     * Writes all passages and commits once; on failure the last good commit stays in place.
     *
     * @param embed the vector of a passage, or null to build without vectors
     */
    synchronized IndexSummary build(List<Passage> passages, @Nullable Function<Passage, float[]> embed) {
        return build(passages, List.of(), embed, Map.of());
    }

    /**
     * Writes all passages and whole articles and commits once, with {@code commitData} beside the
     * article count; on failure the last good commit stays in place.
     */
    synchronized IndexSummary build(List<Passage> passages, List<Document> articleDocuments,
                                    @Nullable Function<Passage, float[]> embed, Map<String, String> commitData) {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                // A failed build must not leave half an index behind: only the explicit commit counts.
                .setCommitOnClose(false);
        long characters = 0;
        long articles = passages.stream().map(Passage::articleId).distinct().count();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Passage passage : passages) {
                writer.addDocument(PassageDocuments.toDocument(passage, embed == null ? null : embed.apply(passage)));
                characters += passage.text().length();
            }
            writer.addDocuments(articleDocuments);
            Map<String, String> data = new HashMap<>(commitData);
            data.put(Fields.COMMIT_ARTICLES, Long.toString(articles));
            data.put(Fields.COMMIT_EMBEDDED, Boolean.toString(embed != null));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("index build failed; the previous index is still served", e);
        }
        refresh();
        return new IndexSummary((int) articles, passages.size(), characters, embed != null,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Starts serving the committed index; false when the directory holds none yet. */
    synchronized boolean open() {
        if (searchers != null) {
            return true;
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return false;
            }
            searchers = new SearcherManager(directory, null);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("index cannot be opened", e);
        }
    }

    private synchronized void refresh() {
        try {
            if (searchers == null) {
                open();
            } else {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index was written but cannot be reopened", e);
        }
    }

    /** The best {@code n} passages for a lexical query, with their vectors when the index has them. */
    List<IndexedPassage> search(Query query, int n) {
        return withSearcher(searcher -> collect(searcher, searcher.search(query, n, BY_SCORE_THEN_ID, true)));
    }

    /** The {@code n} nearest passages to a vector; the score is the cosine. */
    List<IndexedPassage> nearest(float[] vector, int n) {
        return withSearcher(searcher -> collect(searcher, searcher.search(
                new KnnFloatVectorQuery(Fields.VECTOR, vector, n), n)));
    }

    /** The whole article kept under this id, if the index has it. */
    Optional<Document> article(String articleId) {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.RECORD_TYPE, Fields.RECORD_ARTICLE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? Optional.<Document>empty()
                    : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    /** In how many passages a term of a field occurs, and how many passages there are. */
    long[] documentFrequency(String field, String term) {
        return withSearcher(searcher -> new long[] {
                searcher.getIndexReader().docFreq(new Term(field, term)),
                searcher.getIndexReader().getDocCount(field)});
    }

    /** The commit's user data: article count and whether vectors were built. */
    Map<String, String> commitData() {
        return withSearcher(searcher ->
                new HashMap<>(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData()));
    }

    boolean isOpen() {
        return searchers != null;
    }

    /** Work on an acquired searcher; Lucene's reads throw IOException. */
    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        SearcherManager manager = searchers;
        if (manager == null) {
            throw new IllegalStateException("index is not open");
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index cannot be searched", e);
        }
    }

    private static List<IndexedPassage> collect(IndexSearcher searcher, TopDocs top) throws IOException {
        var stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<IndexedPassage> passages = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            passages.add(new IndexedPassage(PassageDocuments.toPassage(stored.document(hit.doc)), hit.score,
                    vectorOf(leaf, hit.doc - leaf.docBase)));
        }
        return passages;
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

    @Override
    public synchronized void close() throws IOException {
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        directory.close();
    }
}
