package newsdesk.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many cores the embedding model may use, separately for questions and for index builds.
 *
 * @param questionThreads ONNX Runtime threads for one question; 0 = every core, which measured fastest
 *                        for a single question
 * @param indexThreads    threads for a build or refresh embedding its passages: 1 by default, so that on
 *                        a small machine a refresh of hundreds of pages leaves the other cores to questions
 */
@Validated
@ConfigurationProperties("newsdesk.embedding")
public record EmbeddingProperties(
        @Min(0) @Max(64) @DefaultValue("0") int questionThreads,
        @Min(0) @Max(64) @DefaultValue("1") int indexThreads) {
}
