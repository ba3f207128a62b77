package newsdesk.search;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * One writer kept open over the commits of a build, so that Lucene merges the batches' segments as it
 * goes instead of each batch opening a writer whose merges its close would abort. It holds the index's
 * write lock from start to close; readers never take it. Any failure rolls back to the last commit.
 * Its analysis threads add the passages of several articles at once (Lucene's writer takes documents from
 * many threads); they live as long as the session.
 */
final class WriteSession implements AutoCloseable {

    private final Directory directory;
    private final Lock lock;
    private final Runnable committed;
    private final BooleanSupplier stop;
    private final IndexWriter writer;
    private final @Nullable ExecutorService analysis;
    private boolean failed;

    /**
     * Takes {@code lock}; {@code committed} reopens the searchers after each commit; {@code analysisThreads} 1
     * adds every passage on the calling thread.
     */
    WriteSession(Directory directory, Analyzer analyzer, boolean replaceAll, Lock lock, Runnable committed,
                 BooleanSupplier stop, int analysisThreads) {
        this.directory = directory;
        this.lock = lock;
        this.committed = committed;
        this.stop = stop;
        lock.lock();
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(replaceAll ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setMergePolicy(mergePolicy())
                    // A failed or stopped batch must not leave half of it behind: only explicit commits count.
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            lock.unlock();
            throw new IndexUpdateException("index cannot be written; the previous index is still served", e);
        }
        this.analysis = analysisThreads <= 1 ? null
                : Executors.newFixedThreadPool(analysisThreads, Thread.ofPlatform().daemon().name("index-analysis-", 1).factory());
    }

    /**
     * Lucene's default policy, but an explicit {@link IndexWriter#forceMergeDeletes} (the vector fill's last
     * batch) takes out every deleted document: BM25 counts them until they are merged away, so the same pages
     * would otherwise rank a little differently after each build.
     */
    private static TieredMergePolicy mergePolicy() {
        TieredMergePolicy policy = new TieredMergePolicy();
        policy.setForceMergeDeletesPctAllowed(0);
        return policy;
    }

    /** Applies a change and commits it; searchers switch to it before this returns. */
    IndexSummary commit(IndexChange change) {
        Executor threads = analysis == null ? Runnable::run : analysis;
        return apply(writer -> ChangeCommit.apply(writer, change, stop, threads));
    }

    /** Work on the writer that ends in a commit. */
    @FunctionalInterface
    interface Commit<T> {
        T apply(IndexWriter writer) throws IOException;
    }

    /** Runs {@code work}, which commits; searchers switch to its commit before this returns. */
    <T> T apply(Commit<T> work) {
        if (failed) {
            throw new IllegalStateException("a failed write session cannot commit");
        }
        try {
            T result = work.apply(writer);
            committed.run();
            return result;
        } catch (BuildStoppedException e) {
            rollBack();
            throw e;
        } catch (IOException | RuntimeException e) {
            rollBack();
            throw new IndexUpdateException("index update failed; the last committed index is still served", e);
        }
    }

    /** Rolls back to the last commit: the running batch and any merge still under way are dropped. */
    private void rollBack() {
        failed = true;
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // The sweep below removes what a writer that could not roll back left.
        }
        // Rolling back deletes the files the writer wrote; a writer that died of a disk fault may not
        // have got that far, so sweep once more.
        UnreferencedFiles.remove(directory);
    }

    @Override
    public void close() {
        if (analysis != null) {
            // Idle by now: every commit waits for its passages, and a failed one cancels those not started.
            analysis.shutdownNow();
        }
        try {
            if (!failed) {
                writer.close();
            }
        } catch (IOException e) {
            throw new IndexUpdateException("index writer could not be closed; the last commit stands", e);
        } finally {
            lock.unlock();
        }
    }
}
