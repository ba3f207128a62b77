package newsdesk.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an answer comes from: one article, with the excerpt quoted from it.
 *
 * @param score how strongly the article supports the answer; comparable within one answer only
 */
public record Citation(@JsonProperty("article_id") String articleId, String title, @Nullable LocalDate date, @Nullable Integer page,
                       String source, String excerpt, double score) {
}
