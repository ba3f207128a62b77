package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.cleaning.LineCleaning;

/**
 * The character error rate of OCR: the edit distance between what was printed and what was read,
 * per printed character. Both sides go through the same line cleaning first (ASCII punctuation to
 * full width, width folding), and white space is left out, because the page text of a scan and of
 * a text page differ in those by design, not by error.
 */
final class ScanErrors {

    private static final LineCleaning CLEANING = new LineCleaning();

    private ScanErrors() {
    }

    /** What the page prints for {@code articles}, in reading order: headline, subtitle, byline, body. */
    static String printedText(List<Article> articles) {
        List<String> lines = new ArrayList<>();
        for (Article article : articles) {
            PrintCopy copy = PrintCopy.of(article);
            lines.addAll(copy.headline());
            lines.add(copy.subtitle());
            lines.add(copy.byline());
            lines.addAll(copy.paragraphs());
        }
        return String.join("\n", lines);
    }

    static double characterErrorRate(String printed, String read) {
        int[] expected = normalised(printed);
        return (double) editDistance(expected, normalised(read)) / expected.length;
    }

    private static int[] normalised(String text) {
        StringBuilder clean = new StringBuilder();
        text.lines().forEach(line -> clean.append(CLEANING.clean(line).text()));
        return clean.toString().replaceAll("\\s+", "").codePoints().toArray();
    }

    /** Levenshtein distance in two rows: a page part is a few thousand characters. */
    static int editDistance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
