package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Writes one {@link IndexChange} as one commit of an open writer: deletions of replaced and removed
 * page files, passages (embedded here, one at a time, by the change's function), whole articles and
 * the commit data. The caller holds the write lock, rolls the writer back when this throws and
 * reopens its searchers afterwards.
 *
 * <p>Passages are added an article at a time on the given threads: analysing them (HanLP's words and the
 * article's places) is most of a build, and Lucene's writer takes documents from many threads at once.
 * The order they land in does not matter to anyone: searches sort equal scores by passage id, and the whole
 * articles, which are read back in page order, are added afterwards on the calling thread in one block.
 */
final class ChangeCommit {

    private ChangeCommit() {
    }

    /**
     * @param stop    asked between passages, so that a shutdown does not wait for a whole batch to embed
     * @param threads where the articles' passages are analysed and added; the caller waits for all of them
     */
    static IndexSummary apply(IndexWriter writer, IndexChange change, BooleanSupplier stop, Executor threads)
            throws IOException {
        long start = System.nanoTime();
        long characters = change.passages().stream().mapToLong(passage -> passage.text().length()).sum();
        long articles = change.passages().stream().map(Passage::articleId).distinct().count();
        for (String source : change.removedSources()) {
            writer.deleteDocuments(new Term(Fields.SOURCE_KEY, source));
        }
        // The embedding model keeps one session for builds, so passages with vectors are added one at a time.
        addPassages(writer, change, stop, change.embed() == null ? threads : Runnable::run);
        writer.addDocuments(change.articleDocuments());
        // Passages added without vectors turn the dense re-rank off until VectorFill has embedded them;
        // a commit that only deletes leaves it as it was.
        boolean embeddedBefore = false;
        for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
            embeddedBefore |= entry.getKey().equals(Fields.COMMIT_EMBEDDED) && Boolean.parseBoolean(entry.getValue());
        }
        boolean embedded = change.embed() != null || (change.passages().isEmpty() && embeddedBefore);
        Map<String, String> data = new HashMap<>(change.commitData());
        data.put(Fields.COMMIT_EMBEDDED, Boolean.toString(embedded));
        data.put(Fields.COMMIT_SCHEMA, Fields.SCHEMA);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        return new IndexSummary((int) articles, change.passages().size(), characters, embedded,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Returns when every article's passages are added, or throws the first failure once the others have given up. */
    private static void addPassages(IndexWriter writer, IndexChange change, BooleanSupplier stop, Executor threads)
            throws IOException {
        AtomicBoolean failed = new AtomicBoolean();
        List<CompletableFuture<Void>> added = new ArrayList<>();
        for (List<Passage> article : byArticle(change.passages())) {
            added.add(CompletableFuture.runAsync(() -> {
                if (failed.get()) {
                    return;
                }
                try {
                    addArticle(writer, change, article, stop);
                } catch (IOException e) {
                    failed.set(true);
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
            }, threads));
        }
        try {
            CompletableFuture.allOf(added.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** One article's passages; its places are found once for all of them. */
    private static void addArticle(IndexWriter writer, IndexChange change, List<Passage> passages,
                                   BooleanSupplier stop) throws IOException {
        List<String> places = change.placesOf().apply(passages.getFirst());
        for (Passage passage : passages) {
            if (stop.getAsBoolean()) {
                throw BuildStoppedException.beforeCommit();
            }
            PassageVectors vectors = change.embed() == null ? null : change.embed().apply(passage);
            writer.addDocument(PassageDocuments.toDocument(passage, vectors, places));
        }
    }

    /** The passages in runs of one article each, as the splitter gave them. */
    private static List<List<Passage>> byArticle(List<Passage> passages) {
        List<List<Passage>> articles = new ArrayList<>();
        for (Passage passage : passages) {
            if (articles.isEmpty() || !articles.getLast().getFirst().articleId().equals(passage.articleId())) {
                articles.add(new ArrayList<>());
            }
            articles.getLast().add(passage);
        }
        return articles;
    }
}
