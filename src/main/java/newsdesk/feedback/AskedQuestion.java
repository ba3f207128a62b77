package newsdesk.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A logged question the paper did not serve well: answered {@code none} or {@code not_stated}, or given a 👎.
 *
 * @param rating          {@code up}, {@code down} or null when nobody rated it
 * @param correctedArticleId the article an admin says should have answered it (admin page); null until given
 */
public record AskedQuestion(String id, Instant askedAt, String question, @Nullable String understoodAs,
                            String outcome, List<String> articleIds, @Nullable String rating,
                            @Nullable String reason, @Nullable String correctedArticleId) {

    public AskedQuestion {
        articleIds = List.copyOf(articleIds);
    }

    /** What the engine searched: the completed follow-up when there was one. */
    public String searched() {
        return understoodAs == null || understoodAs.isBlank() ? question : understoodAs;
    }

    public boolean disliked() {
        return Rating.DOWN.label().equals(rating);
    }
}
