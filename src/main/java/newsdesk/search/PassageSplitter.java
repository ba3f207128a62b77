package newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.Article;

/**
 * Cuts an article into passages of whole sentences. A passage is closed once it holds at least
 * {@code minChars} and the next sentence would take it past {@code maxChars}; a passage never spans
 * two articles, and a sentence is never cut, except that an over-long sentence is split at ；.
 */
final class PassageSplitter {

    private static final String SENTENCE_ENDS = "。！？!?";
    private static final String CLOSING_MARKS = "”’」』）)";

    private final int minChars;
    private final int maxChars;

    PassageSplitter(int minChars, int maxChars) {
        if (minChars > maxChars) {
            throw new IllegalArgumentException("minChars " + minChars + " > maxChars " + maxChars);
        }
        this.minChars = minChars;
        this.maxChars = maxChars;
    }

    List<Passage> split(Article article) {
        List<String> paragraphs = new ArrayList<>(article.paragraphs());
        paragraphs.addAll(article.captions());
        List<String> texts = pack(paragraphs);
        List<Passage> passages = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            passages.add(new Passage(article.id() + "#" + i, article.id(), article.displayTitle(), article.date(),
                    article.page(), article.source(), article.kind().label(), texts.get(i)));
        }
        return passages;
    }

    /** Packs the sentences of consecutive paragraphs; a new paragraph inside a passage starts a new line. */
    List<String> pack(List<String> paragraphs) {
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentOpensParagraph = false;
        for (String paragraph : paragraphs) {
            boolean paragraphStart = true;
            for (String sentence : sentences(paragraph.strip())) {
                int added = sentence.length() + (paragraphStart && !current.isEmpty() ? 1 : 0);
                if (current.length() >= minChars && current.length() + added > maxChars) {
                    passages.add(current.toString());
                    current.setLength(0);
                }
                if (current.isEmpty()) {
                    currentOpensParagraph = paragraphStart;
                }
                if (paragraphStart && !current.isEmpty()) {
                    current.append('\n');
                }
                current.append(sentence);
                paragraphStart = false;
            }
        }
        if (!current.isEmpty()) {
            appendTail(passages, current.toString(), currentOpensParagraph ? "\n" : "");
        }
        return passages;
    }

    /** A short tail joins the passage before it when both still fit a passage and a half. */
    private void appendTail(List<String> passages, String tail, String separator) {
        if (tail.length() < minChars && !passages.isEmpty()) {
            String previous = passages.getLast();
            if (previous.length() + tail.length() + 1 <= maxChars + maxChars / 2) {
                passages.set(passages.size() - 1, previous + separator + tail);
                return;
            }
        }
        passages.add(tail);
    }

    /** Sentences of one paragraph; an over-long sentence is cut further after each ；. */
    List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : cutAfter(paragraph, SENTENCE_ENDS)) {
            if (sentence.length() > maxChars) {
                sentences.addAll(cutAfter(sentence, "；;"));
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Cuts after each end mark, keeping closing quotes and brackets that follow it with the sentence. */
    private static List<String> cutAfter(String text, String endMarks) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (endMarks.indexOf(text.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < text.length() && (endMarks.indexOf(text.charAt(end)) >= 0
                        || CLOSING_MARKS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                addPiece(pieces, text.substring(start, end));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        addPiece(pieces, text.substring(start));
        return pieces;
    }

    private static void addPiece(List<String> pieces, String piece) {
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            pieces.add(stripped);
        }
    }
}
