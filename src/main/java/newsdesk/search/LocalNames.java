package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        if (!Files.isRegularFile(file)) {
            return new LocalNames(List.of());
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("user dictionary " + file + " cannot be read", e);
        }
    }

    static LocalNames parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            entries.add(new Entry(parts[0], parts.length > 1 ? parts[1] : "nz"));
        }
        return new LocalNames(entries);
    }
}
