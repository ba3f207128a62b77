package newsdesk.search;

/**
 * What a build wrote, for the summary line and the throughput figures.
 *
 * @param characters characters of passage text (titles excluded), the basis of chars/s
 * @param embedded   whether vectors were computed
 */
public record IndexSummary(int articles, int passages, long characters, boolean embedded, long buildMillis) {

    public double charactersPerSecond() {
        return buildMillis == 0 ? characters * 1000.0 : characters * 1000.0 / buildMillis;
    }
}
