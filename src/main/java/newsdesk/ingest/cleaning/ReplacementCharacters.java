package newsdesk.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Handles runs of U+FFFD, which PDF extraction prints where the paragraph indent was. A run at the
 * start of a line is a paragraph signal ({@link #marksParagraphStart}); every run is then removed.
 */
public final class ReplacementCharacters implements LineCleaner {

    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern RUN = Pattern.compile("\\uFFFD+");

    /** True when the raw line opens with replacement characters or white space: a new text block. */
    public static boolean marksParagraphStart(String rawLine) {
        return !rawLine.isEmpty() && (rawLine.charAt(0) == REPLACEMENT || Character.isWhitespace(rawLine.charAt(0)))
                && !rawLine.isBlank();
    }

    @Override
    public String clean(String line) {
        return RUN.matcher(line).replaceAll("");
    }
}
