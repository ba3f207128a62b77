package newsdesk.search;

/**
 * How far the passages the vector policy covers have their vectors, for health and the job report.
 *
 * @param embedded passages in the policy's scope that have their vector
 * @param inScope  passages the policy covers (all, the recent ones, or none)
 */
public record VectorProgress(VectorPolicy policy, long embedded, long inScope) {

    public long left() {
        return inScope - embedded;
    }

    public boolean done() {
        return embedded >= inScope;
    }
}
