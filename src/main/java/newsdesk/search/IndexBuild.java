package newsdesk.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.ingest.Article;

/**
 * A long build or refresh as a series of commits, a batch of page files each: every commit is a
 * searchable index whose user data names the files it holds, so a build that stops (or dies) is
 * taken up from its last commit by the next one. Questions keep being answered throughout; only other
 * writers wait until it is closed.
 */
public final class IndexBuild implements AutoCloseable {

    private final WriteSession session;
    private final IndexUpdates updates;

    IndexBuild(WriteSession session, IndexUpdates updates) {
        this.session = session;
        this.updates = updates;
    }

    /**
     * Replaces the documents of the batch's page files by their articles, deletes those of removed files,
     * and commits, recording {@code fileData} (every file the index holds after this commit) as the commit's
     * per-file user data.
     *
     * @throws BuildStoppedException when the build was asked to stop before the commit; nothing of this batch
     *                               is kept, and the build cannot commit again
     */
    public IndexSummary commit(Map<String, List<Article>> articlesBySource, Set<String> removedSources,
                               Map<String, String> fileData) {
        return session.commit(updates.change(articlesBySource, removedSources, fileData));
    }

    @Override
    public void close() {
        session.close();
    }
}
