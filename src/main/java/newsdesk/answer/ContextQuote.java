package newsdesk.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Widens a quoted sentence to the sentences it leans on, so the quote can be read alone: a sentence
 * opening with 它, 该 or 此 needs the one before it to say what that is, a sentence ending in a
 * colon is continued by the list after it, and the end of someone's words is followed by the sentence
 * saying whose they are (…我觉得很好。” then 家住…的王先生说。). At most three sentences, all from one passage.
 */
final class ContextQuote {

    static final int MAX_SENTENCES = 3;
    private static final Pattern LEANS_BACK = Pattern.compile(
            "^(?:它们?|该|此|其|这(?:些|个|项|里|是|一)?|上述|以上|对此|为此|同时，该|其中)");
    /**
     * A sentence that says who spoke the words before it: only that (…的刘师傅说。), or opening with it before the
     * speaker goes on (高宾说，接下来，示范区将…).
     */
    private static final Pattern NAMES_SPEAKER = Pattern.compile(
            "[^。！？!?“”\"]{2,40}(?:说|表示|介绍|告诉记者)[。！!]?|[^。！？!?“”\"，,]{2,12}(?:说|表示|介绍)[，,：:].*");

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
        if (to - from < MAX_SENTENCES && speakerFollows(sentences, to - 1)) {
            to++;
        }
        return sentences.subList(from, to);
    }

    /** Whether sentence {@code index} closes someone's words and the next one says whose they are. */
    static boolean speakerFollows(List<String> sentences, int index) {
        return index + 1 < sentences.size() && closesQuote(sentences.get(index))
                && NAMES_SPEAKER.matcher(sentences.get(index + 1)).matches();
    }

    private static boolean closesQuote(String sentence) {
        return sentence.endsWith("”") || sentence.endsWith("\"");
    }

    private static boolean endsWithColon(String sentence) {
        return sentence.endsWith("：") || sentence.endsWith(":");
    }
}
