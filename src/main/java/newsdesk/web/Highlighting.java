package newsdesk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a text into marked and unmarked pieces, so a template can wrap the marked ones in
 * {@code <mark>} while every piece is still escaped by {@code th:text}. Building HTML strings here
 * instead would mean trusting page text, which comes from OCR, as markup.
 */
final class Highlighting {

    /** One piece of a text, to be shown marked or plain. */
    record Segment(String text, boolean marked) {
    }

    private Highlighting() {
    }

    /**
     * The text in pieces, each occurrence of a needle marked. Longer needles win where needles
     * overlap (a sentence over a word inside it), and marks never overlap one another.
     */
    static List<Segment> mark(String text, Collection<String> needles) {
        List<String> byLength = needles.stream().filter(n -> !n.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean[] marked = new boolean[text.length()];
        for (String needle : byLength) {
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
                if (!anyMarked(marked, at, at + needle.length())) {
                    Arrays.fill(marked, at, at + needle.length(), true);
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }

    private static boolean anyMarked(boolean[] marked, int from, int to) {
        for (int i = from; i < to; i++) {
            if (marked[i]) {
                return true;
            }
        }
        return false;
    }
}
