package newsdesk.search;

import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * A few consecutive sentences of one article: the unit that is indexed, retrieved and quoted.
 *
 * @param passageId {@code articleId#n}, n counting from 0 in reading order
 * @param title     the article's headline; not repeated in {@code text}
 * @param kind      the article kind's label (news, reprint, photo, brief)
 * @param text      whole sentences as printed, paragraphs separated by a newline
 */
public record Passage(String passageId, String articleId, String title, PublicationDate date,
                      @Nullable Integer page, String source, String kind, String text) {

    public Passage {
        java.util.Objects.requireNonNull(date, "date: PublicationDate.UNKNOWN when nobody knows it");
    }

    /** Whether the passage's text or its article's headline prints the word. */
    public boolean mentions(String word) {
        return text.contains(word) || title.contains(word);
    }
}
