package newsdesk.search;

/**
 * What a build wrote, for the summary line and the throughput figures.
 *
 * @param characters characters of passage text (titles excluded), the basis of chars/s
 * @param embedded   whether vectors were computed
 */
public record IndexSummary(int articles, int passages, long characters, boolean embedded, long buildMillis) {

    /** Nothing written yet: the start of a build's sum over its batches. */
    public static final IndexSummary NONE = new IndexSummary(0, 0, 0, false, 0);

    /** This batch and the next one together; with vectors only when both wrote them. */
    public IndexSummary plus(IndexSummary next) {
        boolean withVectors = passages == 0 ? next.embedded : next.passages == 0 ? embedded : embedded && next.embedded;
        return new IndexSummary(articles + next.articles, passages + next.passages, characters + next.characters,
                withVectors, buildMillis + next.buildMillis);
    }

    public double charactersPerSecond() {
        return buildMillis == 0 ? characters * 1000.0 : characters * 1000.0 / buildMillis;
    }
}
