package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The format of the editable word lists under {@code index/dictionary/}: UTF-8, one entry a line,
 * blank lines and lines starting with {@code #} ignored. A missing file is an empty list: the lists
 * are aids, and a deployment without the folder must still answer questions.
 */
final class DictionaryLines {

    /** An entry's line, stripped, with its 1-based number for messages that name the line to fix. */
    record Line(int number, String text) {
    }

    private DictionaryLines() {
    }

    /** @param what the list's name in the error when the file exists but cannot be read */
    static List<Line> read(Path file, String what) {
        if (!Files.isRegularFile(file)) {
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
