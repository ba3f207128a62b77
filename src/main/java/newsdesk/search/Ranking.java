package newsdesk.search;

/** How a search orders its candidates. */
public enum Ranking {
    /** BM25 over words, bigrams and title only. */
    LEXICAL,
    /**
     * BM25's best candidates re-ordered by {@code (1-w) × BM25/top-1 + w × cosine}: on CMRC this beat
     * BM25 alone, where equal-weight reciprocal rank fusion lost to it. Falls back to {@link #LEXICAL}
     * when the index has no vectors.
     */
    RERANKED
}
