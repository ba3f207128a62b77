package newsdesk.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Widens a quoted sentence to the sentences it leans on, so the quote can be read alone: a sentence
 * opening with 它, 该 or 此 needs the one before it to say what that is, and a sentence ending in a
 * colon is continued by the list after it. At most three sentences, all from one passage.
 */
final class ContextQuote {

    static final int MAX_SENTENCES = 3;
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(?:它们?|该|此|其|这(?:些|个|项|里|是|一)?|上述|以上|对此|为此|同时，该|其中)");

    private ContextQuote() {
    }

    /** The sentences to quote around {@code index} of a passage's sentences, in reading order. */
    static List<String> around(List<String> sentences, int index) {
        int from = index;
        int to = index + 1;
        if (from > 0 && (LEANS_BACK.matcher(sentences.get(from)).find() || endsWithColon(sentences.get(from - 1)))) {
            from--;
        }
        while (to < sentences.size() && to - from < MAX_SENTENCES && endsWithColon(sentences.get(to - 1))) {
            to++;
        }
        return sentences.subList(from, to);
    }

    private static boolean endsWithColon(String sentence) {
        return sentence.endsWith("：") || sentence.endsWith(":");
    }
}
