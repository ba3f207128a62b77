package newsdesk.answer;

import newsdesk.ingest.PublicationDate;

/**
 * What the paper on file covers, for a bot's welcome and the web page's footer.
 *
 * @param firstDate the earliest page's date, unknown when no page has a known date
 */
public record CorpusSummary(int articles, int pageFiles, PublicationDate firstDate, PublicationDate lastDate) {
}
