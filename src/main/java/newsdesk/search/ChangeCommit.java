package newsdesk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Writes one {@link IndexChange} as one commit of an open writer: deletions of replaced and removed
 * page files, passages (embedded here, one at a time, by the change's function), whole articles and
 * the commit data. The caller holds the write lock, rolls the writer back when this throws and
 * reopens its searchers afterwards.
 */
final class ChangeCommit {

    private ChangeCommit() {
    }

    /** @param stop asked between passages, so that a shutdown does not wait for a whole batch to embed */
    static IndexSummary apply(IndexWriter writer, IndexChange change, BooleanSupplier stop) throws IOException {
        long start = System.nanoTime();
        long characters = 0;
        long articles = change.passages().stream().map(Passage::articleId).distinct().count();
        for (String source : change.removedSources()) {
            writer.deleteDocuments(new Term(Fields.SOURCE_KEY, source));
        }
        for (Passage passage : change.passages()) {
            if (stop.getAsBoolean()) {
                throw BuildStoppedException.beforeCommit();
            }
            float[] vector = change.embed() == null ? null : change.embed().apply(passage);
            writer.addDocument(PassageDocuments.toDocument(passage, vector, change.placesOf().apply(passage)));
            characters += passage.text().length();
        }
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
}
