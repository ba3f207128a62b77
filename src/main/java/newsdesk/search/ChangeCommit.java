package newsdesk.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * Writes one {@link IndexChange} as one commit: deletions of replaced and removed page files,
 * passages (embedded here, one at a time, by the change's function), whole articles and the commit
 * data. The caller holds the write lock and reopens its searchers afterwards.
 */
final class ChangeCommit {

    private ChangeCommit() {
    }

    static IndexSummary apply(Directory directory, Analyzer analyzer, IndexChange change) {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(change.replaceAll() ? IndexWriterConfig.OpenMode.CREATE
                        : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                // A failed build must not leave half an index behind: only the explicit commit counts.
                .setCommitOnClose(false);
        long characters = 0;
        long articles = change.passages().stream().map(Passage::articleId).distinct().count();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String source : change.removedSources()) {
                writer.deleteDocuments(new Term(Fields.SOURCE_KEY, source));
            }
            for (Passage passage : change.passages()) {
                float[] vector = change.embed() == null ? null : change.embed().apply(passage);
                writer.addDocument(PassageDocuments.toDocument(passage, vector, change.placesOf().apply(passage)));
                characters += passage.text().length();
            }
            writer.addDocuments(change.articleDocuments());
            Map<String, String> data = new HashMap<>(change.commitData());
            data.put(Fields.COMMIT_EMBEDDED, Boolean.toString(change.embed() != null));
            data.put(Fields.COMMIT_SCHEMA, Fields.SCHEMA);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException | RuntimeException e) {
            // Closing without commit rolled the writer back, which deletes the files it wrote; a
            // writer that died of a disk fault may not have got that far, so sweep once more.
            UnreferencedFiles.remove(directory);
            throw new IndexUpdateException("index update failed; the previous index is still served", e);
        }
        return new IndexSummary((int) articles, change.passages().size(), characters, change.embed() != null,
                (System.nanoTime() - start) / 1_000_000);
    }
}
