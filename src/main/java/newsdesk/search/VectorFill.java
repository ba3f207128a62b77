package newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Gives the passages their dense vectors after the lexical commits, so that a build of years of pages
 * is searchable in minutes and questions are answered by BM25 alone until the vectors are there. It
 * works from the index itself (the passages in the policy's scope that lack a vector), so a stopped
 * fill is taken up by the next one, and it holds the write lock one batch at a time, so a refresh
 * waits for a batch at most.
 */
final class VectorFill {

    private final PassageIndex index;
    private final Embedder embedder;
    private final EmbeddingProperties settings;

    VectorFill(PassageIndex index, Embedder embedder, EmbeddingProperties settings) {
        this.index = index;
        this.embedder = embedder;
        this.settings = settings;
    }

    /** The policy's passages and how many of them have their vector now. */
    VectorProgress progress() {
        if (!index.open()) {
            return new VectorProgress(settings.policy(), 0, 0);
        }
        return index.withSearcher(searcher -> {
            Query scope = scope(searcher);
            return new VectorProgress(settings.policy(), searcher.count(withVector(scope, true)), searcher.count(scope));
        });
    }

    /**
     * Embeds batch after batch until the policy's passages all have vectors or {@code stop} says so.
     *
     * @param progress told after each committed batch
     */
    VectorProgress fill(BooleanSupplier stop, Consumer<VectorProgress> progress) {
        while (settings.policy() != VectorPolicy.NONE && index.open() && !stop.getAsBoolean()) {
            boolean more;
            try (WriteSession session = index.session(false, stop)) {
                more = session.apply(writer -> embedBatch(writer, stop));
            } catch (BuildStoppedException e) {
                break;
            }
            progress.accept(progress());
            if (!more) {
                break;
            }
        }
        return progress();
    }

    /** One batch, committed; false when it was the last. Runs under the write lock, on a fresh searcher. */
    private boolean embedBatch(IndexWriter writer, BooleanSupplier stop) throws IOException {
        int batch = settings.commitEveryPassages();
        record Missing(List<Document> first, long all) {
        }
        Missing missing = index.withSearcher(searcher -> {
            Query lacking = withVector(scope(searcher), false);
            List<Document> docs = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(lacking, batch).scoreDocs) {
                docs.add(searcher.storedFields().document(hit.doc));
            }
            return new Missing(docs, searcher.count(lacking));
        });
        for (Document doc : missing.first()) {
            if (stop.getAsBoolean()) {
                throw BuildStoppedException.beforeCommit();
            }
            Passage passage = PassageDocuments.toPassage(doc);
            writer.updateDocument(new Term(Fields.PASSAGE_ID, passage.passageId()), PassageDocuments.toDocument(
                    passage, embedder.embedForIndex(passage), List.of(doc.getValues(Fields.PLACE))));
        }
        boolean last = missing.all() <= missing.first().size();
        Map<String, String> data = index.commitData();
        data.put(Fields.COMMIT_EMBEDDED, Boolean.toString(last));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        if (last && !missing.first().isEmpty()) {
            // Each vector replaced its passage's document, and BM25 counts deleted documents until they are
            // merged away: without this, the same pages would rank differently embedded than built at once.
            // Asked once the merges under way have finished, after the commit: a merge that started before some
            // of its documents were replaced carries their deletions along, and a forced merge skips segments
            // that are being merged.
            if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
                merges.sync();
            }
            writer.forceMergeDeletes(true);
            writer.commit();
        }
        return !last;
    }

    /** The passages the policy covers; for {@code recent}, those of pages near the latest page's date. */
    private Query scope(IndexSearcher searcher) throws IOException {
        Query passages = new FieldExistsQuery(Fields.PASSAGE_ID);
        return switch (settings.policy()) {
            case ALL -> passages;
            case NONE -> new MatchNoDocsQuery("vector policy none");
            case RECENT -> {
                byte[] latest = PointValues.getMaxPackedValue(searcher.getIndexReader(), Fields.DATE_LAST);
                if (latest == null) {
                    yield new MatchNoDocsQuery("no dated page");
                }
                long from = LongPoint.decodeDimension(latest, 0) - settings.recentDays();
                yield new BooleanQuery.Builder().add(passages, BooleanClause.Occur.FILTER)
                        .add(LongPoint.newRangeQuery(Fields.DATE_LAST, from, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                        .build();
            }
        };
    }

    private static Query withVector(Query scope, boolean has) {
        return new BooleanQuery.Builder().add(scope, BooleanClause.Occur.FILTER)
                .add(new FieldExistsQuery(Fields.VECTOR), has ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST_NOT)
                .build();
    }
}
