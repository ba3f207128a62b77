package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The format of the editable word lists under {@code index/dictionary/}: UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} ignored. A missing file is an empty list: the lists
 * are aids, and a deployment without the folder must still answer questions. It is logged, though: a
 * service started from another directory than the one its relative paths assume misses the local place
 * names, and answers about a township then quote another township's figure.
 */
final class DictionaryLines {

    private static final Logger LOG = LoggerFactory.getLogger(DictionaryLines.class);

    /** An entry's line, stripped, with its 1-based number for messages that name the line to fix. */
    record Line(int number, String text) {
    }

    private DictionaryLines() {
    }

    /** @param what the list's name in the error when the file exists but cannot be read */
    static List<Line> read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("{} {} not found (absolute: {}): answering without it", what, file, file.toAbsolutePath());
            return List.of();
        }
        try {
            return of(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + file + " cannot be read", e);
        }
    }

    static List<Line> of(List<String> lines) {
        List<Line> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                entries.add(new Line(i + 1, text));
            }
        }
        return entries;
    }
}
