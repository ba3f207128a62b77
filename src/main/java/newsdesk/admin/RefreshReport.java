package newsdesk.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import newsdesk.ingest.PageProblem;
import newsdesk.search.IndexSummary;

/**
 * What a refresh did, file by file: added, replaced, removed, left unchanged, and skipped with the
 * reason (a skipped file that was indexed before keeps its last good articles).
 *
 * @param skipped not in the JSON: a job lists them by file name ({@link RefreshJob#skipped()}); the absolute
 *                paths here would only tell an HTTP client where the server keeps its files
 * @param added   new files committed (a stopped refresh lists only those its commits hold)
 * @param index   what the commits wrote (only the changed files' articles and passages)
 * @param hashed  page files read to hash their content because their size or modification time changed
 * @param stopped the process was shutting down: the files of the batch under way were rolled back and are
 *                the next refresh's to do
 * @param imagesRecognised images of scans read by OCR in this refresh
 * @param imagesFromCache  images of scans whose text came from the OCR cache instead
 * @param newArticles article ids committed that the index did not hold before, by id or by headline (unchanged
 *                    articles of a replaced page keep their ids, corrected ones their headlines, and are not in it);
 *                    not in the JSON, where {@code articlesWritten} counts
 */
public record RefreshReport(List<String> added, List<String> replaced, List<String> removed, List<String> unchanged,
                            @JsonIgnore List<PageProblem> skipped, int articlesWritten, IndexSummary index,
                            int hashed, boolean stopped, int imagesRecognised, int imagesFromCache,
                            @JsonIgnore List<String> newArticles) {

    public RefreshReport {
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
        skipped = List.copyOf(skipped);
        newArticles = List.copyOf(newArticles);
    }

    /** A report without the new articles' ids, for callers that only tell the files. */
    public RefreshReport(List<String> added, List<String> replaced, List<String> removed, List<String> unchanged,
                         List<PageProblem> skipped, int articlesWritten, IndexSummary index, int hashed, boolean stopped,
                         int imagesRecognised, int imagesFromCache) {
        this(added, replaced, removed, unchanged, skipped, articlesWritten, index, hashed, stopped, imagesRecognised,
                imagesFromCache, List.of());
    }

    public boolean complete() {
        return skipped.isEmpty() && !stopped;
    }
}
