package newsdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import newsdesk.ingest.PublicationDate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The passages and whole articles in one Lucene directory. Every change, a build's batch of page
 * files or a refresh's, lands in a single commit, so a reader sees a page file either as it was or as
 * it is now, never half; searchers come from a {@link SearcherManager} that is refreshed after each
 * commit, never per query.
 *
 * <p>Writers take {@link #writing}; readers take no lock at all, only a searcher from the manager.
 * A build holds the write lock for all its batches, the background embedding for one batch at a
 * time; a question must never wait for either.
 */
final class PassageIndex implements Closeable {

    /** Score first, then passage id, so equal scores come back in the same order on every build. */
    static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE,
            new SortField(Fields.PASSAGE_ID, SortField.Type.STRING));

    private final Directory directory;
    private final Directory writeDirectory;
    private final Analyzer analyzer;
    private final int analysisThreads;
    /** Fair: the background embedding takes it a batch at a time, and a waiting refresh must get it next. */
    private final ReentrantLock writing = new ReentrantLock(true);
    /** Null until the first commit is opened; set once, then refreshed in place. */
    private volatile @Nullable SearcherManager searchers;

    /**
     * The index in a folder: read through mapped memory, as Lucene reads fastest, and written through plain reads
     * (see the constructor).
     */
    static PassageIndex at(Path folder, Analyzer analyzer, int analysisThreads) {
        try {
            return new PassageIndex(FSDirectory.open(folder), new NIOFSDirectory(folder), analyzer, analysisThreads);
        } catch (IOException e) {
            throw new UncheckedIOException("index folder " + folder + " cannot be used", e);
        }
    }

    /**
     * @param directory       what questions read
     * @param writeDirectory  the same folder for the writer, whose merges read every segment: through mapped
     *                        memory (the readers' way) those pages would count in the process's resident memory
     *                        for as long as the kernel keeps them, 0.5 GB more at ten years of pages
     * @param analysisThreads threads a write session analyses passages with (1: the writing thread alone)
     */
    PassageIndex(Directory directory, Directory writeDirectory, Analyzer analyzer, int analysisThreads) {
        this.directory = directory;
        this.writeDirectory = writeDirectory;
        this.analyzer = analyzer;
        this.analysisThreads = analysisThreads;
    }

    /**
     * Writes all passages and commits once; on failure the last good commit stays in place.
     *
     * @param embed the vectors of a passage, or null to build without vectors
     */
    IndexSummary build(List<Passage> passages, @Nullable Function<Passage, PassageVectors> embed) {
        return write(new IndexChange(true, Set.of(), passages, passage -> List.of(), List.of(), embed, Map.of()));
    }

    /**
     * Applies a change in one commit. Searchers see the previous commit until then; if anything
     * fails, nothing of the change is committed and the last good index stays in place.
     */
    IndexSummary write(IndexChange change) {
        try (WriteSession session = session(change.replaceAll(), () -> false)) {
            return session.commit(change);
        }
    }

    /**
     * A writer for several commits in a row, each one searchable as soon as it is made; the write lock
     * is held until the session is closed.
     *
     * @param replaceAll the first commit replaces the whole index
     * @param stop       asked between passages: true rolls back the commit under way
     */
    WriteSession session(boolean replaceAll, BooleanSupplier stop) {
        return new WriteSession(writeDirectory, analyzer, replaceAll, writing, this::refresh, stop, analysisThreads);
    }

    /** Distinct page files and the date range of the passages, read from the index itself. */
    IndexCoverage coverage() {
        return withSearcher(CoverageReader::read);
    }

    /** The latest page's date, without counting articles and page files as {@link #coverage()} does. */
    PublicationDate latestDate() {
        return withSearcher(CoverageReader::latestDate);
    }

    /**
     * Starts serving the committed index; false when the directory holds none yet. Called on every
     * question, so once open it is a single volatile read.
     */
    boolean open() {
        if (searchers != null) {
            return true;
        }
        synchronized (this) {
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
    }

    /** After a commit: questions switch to the new searcher as soon as it is open. */
    private void refresh() {
        try {
            SearcherManager manager = searchers;
            if (manager == null) {
                open();
            } else {
                manager.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index was written but cannot be reopened", e);
        }
    }

    /** The best {@code n} passages for a lexical query, with their vectors when the index has them. */
    List<IndexedPassage> search(Query query, int n) {
        return withSearcher(searcher -> FoundPassages.of(searcher, searcher.search(query, n, BY_SCORE_THEN_ID, true)));
    }

    /** The {@code n} nearest passages to a vector among those the filter lets through (null: all); the score is the cosine. */
    List<IndexedPassage> nearest(float[] vector, int n, @Nullable Query filter) {
        return withSearcher(searcher -> FoundPassages.of(searcher, searcher.search(
                new KnnFloatVectorQuery(Fields.VECTOR, vector, n, filter), n)));
    }

    /** In how many passages a term of a field occurs, and how many passages there are. */
    long[] documentFrequency(String field, String term) {
        return withSearcher(searcher -> new long[] {
                searcher.getIndexReader().docFreq(new Term(field, term)),
                searcher.getIndexReader().getDocCount(field)});
    }

    /** The served commit's user data: the content hash of each page file and whether vectors were built. */
    Map<String, String> commitData() {
        return withSearcher(searcher ->
                new HashMap<>(((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData()));
    }

    /**
     * One value of the served commit's user data, without copying the rest: the data holds a record per page
     * file (29,000 at ten years), and this is read on every question.
     */
    @Nullable String commitValue(String key) {
        return withSearcher(searcher ->
                ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData().get(key));
    }

    boolean isOpen() {
        return searchers != null;
    }

    /** Work on an acquired searcher; Lucene's reads throw IOException. */
    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs work on the current searcher, released afterwards; for readers of the index's own terms. */
    <T> T withSearcher(SearcherWork<T> work) {
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

    @Override
    public void close() throws IOException {
        writing.lock();
        try {
            SearcherManager manager = searchers;
            searchers = null;
            if (manager != null) {
                manager.close();
            }
            directory.close();
            if (writeDirectory != directory) {
                writeDirectory.close();
            }
        } finally {
            writing.unlock();
        }
    }
}
