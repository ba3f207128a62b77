package newsdesk.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What a page file does not say in its text: the edition date, page number, edition and section.
 * A value nobody gave stays null; it is never guessed.
 */
public record PageMetadata(PublicationDate date, @Nullable Integer page, @Nullable String edition,
                           @Nullable String section) {

    public static final PageMetadata UNKNOWN = new PageMetadata(PublicationDate.UNKNOWN, null, null, null);

    /** This metadata, with each value it lacks taken from {@code fallback}. */
    PageMetadata orElse(PageMetadata fallback) {
        return new PageMetadata(
                date.known() ? date : fallback.date,
                page != null ? page : fallback.page,
                edition != null ? edition : fallback.edition,
                section != null ? section : fallback.section);
    }
}
