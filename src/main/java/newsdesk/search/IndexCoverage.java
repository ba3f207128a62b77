package newsdesk.search;

import newsdesk.ingest.PublicationDate;

/**
 * What the served index covers, read from its commit: for a welcome message or a status page.
 *
 * @param firstDate the earliest page's date, as precisely as it is known; unknown when no indexed page
 *                  has a date
 * @param lastDate  the latest page's date
 */
public record IndexCoverage(int articles, int pageFiles, PublicationDate firstDate, PublicationDate lastDate) {

    static final IndexCoverage EMPTY = new IndexCoverage(0, 0, PublicationDate.UNKNOWN, PublicationDate.UNKNOWN);
}
