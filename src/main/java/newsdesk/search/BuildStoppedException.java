package newsdesk.search;

/**
 * A build was asked to stop (the process is shutting down) before it committed its current batch:
 * that batch is rolled back, the batches committed before it stay, and the next build goes on from them.
 */
public class BuildStoppedException extends RuntimeException {

    private BuildStoppedException(String message) {
        super(message);
    }

    static BuildStoppedException beforeCommit() {
        return new BuildStoppedException("build stopped; its uncommitted batch was rolled back");
    }
}
