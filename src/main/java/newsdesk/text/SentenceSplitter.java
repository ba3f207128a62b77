package newsdesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into sentences by {@link SentenceMarks}: each line is a paragraph and no sentence spans
 * two, and inside a paragraph a sentence ends after each run of end and closing marks. Decimal points
 * and ellipses (……) are not ends, so 7.96亿元 and a list trailing off stay inside their sentence.
 */
public final class SentenceSplitter {

    /** The sentences in order, each stripped of surrounding white space; blank ones are dropped. */
    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            int start = 0;
            for (int end = 1; end <= paragraph.length(); end++) {
                if (SentenceMarks.endsSentenceAt(paragraph, end)) {
                    add(sentences, paragraph.substring(start, end));
                    start = end;
                }
            }
            add(sentences, paragraph.substring(start));
        }
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }
}
