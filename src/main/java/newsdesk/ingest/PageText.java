package newsdesk.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

/** The decoded text of one page file. */
public record PageText(Path file, String text, Charset charset) {

    public String name() {
        return file.getFileName().toString();
    }
}
