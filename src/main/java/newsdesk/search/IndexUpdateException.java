package newsdesk.search;

/**
 * A write to the index failed: nothing of the failed batch was committed, and the last commit (with the
 * batches committed before it) still serves.
 */
public class IndexUpdateException extends RuntimeException {

    IndexUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
