package newsdesk.admin;

import java.time.Instant;
import newsdesk.ingest.IngestReport;
import org.jspecify.annotations.Nullable;

/**
 * What the index maintenance is doing right now, for health and the admin: idle, or refreshing with
 * how many of the changed files are parsed and how many of those are committed (searchable, and kept if
 * the refresh stops). One immutable snapshot, replaced as a whole, so a reader never sees a count from
 * one refresh and a start time from another.
 *
 * @param since            when the running refresh started; null when idle
 * @param parsing          the file being parsed now: a scan takes seconds per image to OCR, so an admin
 *                         watching a long refresh sees which page it is on; null between files
 * @param imagesRecognised images of scans this refresh has read by OCR so far
 * @param imagesFromCache  images of scans whose text this refresh took from the OCR cache so far
 */
public record RefreshActivity(boolean refreshing, int filesToParse, int filesParsed, int filesCommitted,
                              @Nullable Instant since, @Nullable String parsing, int imagesRecognised,
                              int imagesFromCache) {

    static final RefreshActivity IDLE = new RefreshActivity(false, 0, 0, 0, null, null, 0, 0);

    static RefreshActivity started(Instant now) {
        return new RefreshActivity(true, 0, 0, 0, now, null, 0, 0);
    }

    RefreshActivity toParse(int files) {
        return new RefreshActivity(true, files, filesParsed, filesCommitted, since, null, imagesRecognised,
                imagesFromCache);
    }

    RefreshActivity parsing(String file) {
        return new RefreshActivity(true, filesToParse, filesParsed, filesCommitted, since, file, imagesRecognised,
                imagesFromCache);
    }

    RefreshActivity parsed(int files, IngestReport file) {
        return new RefreshActivity(true, filesToParse, files, filesCommitted, since, null,
                imagesRecognised + file.imagesRecognised(), imagesFromCache + file.imagesFromCache());
    }

    RefreshActivity committed(int files) {
        return new RefreshActivity(true, filesToParse, filesParsed, files, since, parsing, imagesRecognised,
                imagesFromCache);
    }
}
