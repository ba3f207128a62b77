package newsdesk.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article as printed on a page, cleaned, with where it came from.
 *
 * @param id         stable across re-ingests of the same page: source, position and a content hash
 * @param source     the page file's name
 * @param position   the article's order on its page, from 1, by where its body starts
 * @param title      main headline; empty when the page prints none for it
 * @param subtitle   kicker, sub-headline or unit line; empty when there is none
 * @param reporters  names from the dateline, byline or photo credit
 * @param paragraphs the body, paragraph by paragraph, without headline, dateline or credit
 * @param captions   captions of photos that belong to the article
 * @param continuedOn the page the article continues on (下转第二版), or null
 * @param reprintedFrom the original publication of a reprint (原载于…), or null
 */
public record Article(
        String id,
        String source,
        int position,
        PublicationDate date,
        @Nullable Integer page,
        @Nullable String edition,
        @Nullable String section,
        String title,
        String subtitle,
        List<String> reporters,
        ArticleKind kind,
        List<String> paragraphs,
        List<String> captions,
        @Nullable String continuedOn,
        @Nullable String reprintedFrom) {

    public Article {
        java.util.Objects.requireNonNull(date, "date: PublicationDate.UNKNOWN when nobody knows it");
        reporters = List.copyOf(reporters);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    /** The body text, paragraphs joined by newlines. */
    public String body() {
        return String.join("\n", paragraphs);
    }

    /** A title to show even for an article the page printed without one: its first words. */
    public String displayTitle() {
        if (!title.isEmpty()) {
            return title;
        }
        String body = body();
        int end = Math.min(body.length(), 24);
        return body.substring(0, end) + (end < body.length() ? "…" : "");
    }
}
