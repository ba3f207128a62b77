package newsdesk.search;

/** A build or refresh of the index failed; nothing of it was committed and the previous index still serves. */
public class IndexUpdateException extends RuntimeException {

    IndexUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
