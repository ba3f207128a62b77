package newsdesk.admin;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes an upload's bytes to a file. A seam, so a test can make the write fail part-way as a full
 * disk does, without filling a real disk.
 */
@FunctionalInterface
interface PageWriter {

    void write(Path file, byte[] content) throws IOException;
}
