package newsdesk.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user dictionary: one word per line, optionally followed by its part of speech; {@code #}
 * starts a comment line.
 */
record LocalNames(List<Entry> entries) {

    record Entry(String word, String nature) {
    }

    LocalNames {
        entries = List.copyOf(entries);
    }

    static LocalNames read(Path file) {
        return from(DictionaryLines.read(file, "user dictionary"));
    }

    static LocalNames parse(List<String> lines) {
        return from(DictionaryLines.of(lines));
    }

    private static LocalNames from(List<DictionaryLines.Line> lines) {
        List<Entry> entries = new ArrayList<>();
        for (DictionaryLines.Line line : lines) {
            String[] parts = line.text().split("\\s+");
            entries.add(new Entry(parts[0], parts.length > 1 ? parts[1] : "nz"));
        }
        return new LocalNames(entries);
    }
}
