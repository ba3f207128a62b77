package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned article text into sentences at 。！？ and at ；, keeping a closing quote or
 * bracket with the sentence it closes. Semicolons count as ends because these articles chain long
 * lists of measures with them, and a citizen wants the one clause that holds the answer.
 */
final class SentenceSplitter {

    List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            int start = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                if (isEnd(paragraph.charAt(i))) {
                    int end = i + 1;
                    while (end < paragraph.length() && isClosing(paragraph.charAt(end))) {
                        end++;
                    }
                    add(sentences, paragraph.substring(start, end));
                    start = end;
                    i = end - 1;
                }
            }
            add(sentences, paragraph.substring(start));
        }
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }

    private static boolean isEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '）' || c == '」' || c == '』' || c == '》';
    }
}
