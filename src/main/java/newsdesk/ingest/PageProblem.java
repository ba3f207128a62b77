package newsdesk.ingest;

import java.nio.file.Path;

/** A page file that was skipped, and why, in words an admin can act on. */
public record PageProblem(Path file, String reason) {

    public String name() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    @Override
    public String toString() {
        return name() + ": " + reason;
    }
}
