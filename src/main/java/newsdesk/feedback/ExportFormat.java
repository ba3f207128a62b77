package newsdesk.feedback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The two shapes an export comes in: CSV for a spreadsheet, JSON lines for a program. */
public enum ExportFormat {
    CSV("csv", "text/csv"), JSONL("jsonl", "application/jsonl");

    private final String label;
    private final String mediaType;

    ExportFormat(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ExportFormat> parse(String text) {
        String label = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.label.equals(label)).findFirst();
    }

    static String choices() {
        return Arrays.stream(values()).map(format -> format.label).collect(Collectors.joining(", "));
    }
}
