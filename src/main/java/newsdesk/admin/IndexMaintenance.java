package newsdesk.admin;

import java.util.Optional;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.IngestService;
import newsdesk.search.IndexSummary;
import newsdesk.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds the index from the page files and rebuilds it when they change. A refresh commits once;
 * until then the previous index keeps answering, and two refreshes never run at once.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final IngestService ingest;
    private final IngestProperties pages;
    private final SearchService search;

    IndexMaintenance(IngestService ingest, IngestProperties pages, SearchService search) {
        this.ingest = ingest;
        this.pages = pages;
        this.search = search;
    }

    /** Rebuilds from the page files now. */
    public synchronized RefreshReport refresh() {
        String fingerprint = PageFingerprint.of(pages.pagesDir(), pages.manifest());
        IngestReport ingested = ingest.ingestConfiguredPages();
        IndexSummary summary = search.rebuild(ingested.articles(), fingerprint);
        log.info("index refreshed: {} page files, {} articles, {} passages, {} skipped, {} ms",
                ingested.pagesRead(), summary.articles(), summary.passages(), ingested.problems().size(),
                summary.buildMillis());
        ingested.problems().forEach(problem -> log.warn("skipped {}", problem));
        return new RefreshReport(ingested, summary);
    }

    /** Builds the index when it is missing or older than the page files; empty when it was fresh. */
    public synchronized Optional<RefreshReport> ensureFresh() {
        String current = PageFingerprint.of(pages.pagesDir(), pages.manifest());
        if (search.indexedFingerprint().filter(current::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(refresh());
    }
}
