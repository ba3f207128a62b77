package newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.text.SentenceSplitter;

/**
 * Cuts an article into passages of whole sentences, as {@link SentenceSplitter} cuts them, so that every
 * sentence the answer layer quotes lies inside one passage. A passage is closed once it holds at least
 * {@code minChars} and the next sentence would take it past {@code maxChars}; a passage never spans two
 * articles, and a sentence is never cut.
 */
final class PassageSplitter {

    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
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
            for (String sentence : sentenceSplitter.split(paragraph)) {
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
}
