package newsdesk.search;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a failed write left in an index directory. A full disk can kill a writer before its
 * rollback deletes the segments it flushed, and those files then keep the disk full for the next
 * refresh too.
 */
final class UnreferencedFiles {

    private static final Logger log = LoggerFactory.getLogger(UnreferencedFiles.class);

    private UnreferencedFiles() {
    }

    /** Leaves only the files of the last commit; with no commit at all, an empty directory. */
    static void remove(Directory directory) {
        try {
            if (DirectoryReader.indexExists(directory)) {
                // Opening a writer deletes every file no commit refers to (Lucene's IndexFileDeleter);
                // closing it without a commit changes nothing else.
                IndexWriterConfig config = new IndexWriterConfig()
                        .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                        .setCommitOnClose(false);
                new IndexWriter(directory, config).close();
            } else {
                for (String file : directory.listAll()) {
                    if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        directory.deleteFile(file);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("files of a failed index write could not be removed from {}: {}", directory, e.toString());
        }
    }
}
