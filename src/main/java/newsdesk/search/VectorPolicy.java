package newsdesk.search;

/** Which passages get a dense vector (the re-rank's second opinion) after the lexical commits. */
public enum VectorPolicy {
    /** Every passage: what the sample-page and CMRC figures were measured with. */
    ALL,
    /**
     * Passages of pages from the last {@code recent-days} before the latest page. Older passages have no
     * vector, so once the recent ones are in, the re-rank gives them a cosine of 0: not yet measured.
     */
    RECENT,
    /** None: BM25 alone, and builds that never run the model. */
    NONE
}
