package newsdesk.admin;

import newsdesk.ingest.IngestReport;
import newsdesk.search.IndexSummary;

/** What a refresh did: the ingest outcome (with skipped files and reasons) and what the index holds now. */
public record RefreshReport(IngestReport ingest, IndexSummary index) {
}
