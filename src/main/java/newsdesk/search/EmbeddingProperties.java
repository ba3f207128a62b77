package newsdesk.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many cores the embedding model may use, separately for questions and for index builds, and
 * which passages get vectors.
 *
 * @param questionThreads     ONNX Runtime threads for one question; 0 = every core, which measured fastest
 *                            for a single question
 * @param indexThreads        threads for embedding passages: 1 by default, so that on a small machine the
 *                            background embedding leaves the other cores to questions
 * @param policy              which passages are embedded, after their lexical commit: the recent ones (the
 *                            default: vectors carry colloquial questions on the sample pages, 13 of 33 against 3
 *                            lexically, but not the archive's planted facts, 191 against 190 of 200 at one month,
 *                            and cost 135 CPU-seconds a month of pages, about 2.2 times that with sentence
 *                            vectors, so ten years embedded would take a day or two; docs/BENCHMARKS.md), all,
 *                            or none
 * @param recentDays          for {@code recent}: pages up to this many days before the latest page
 * @param commitEveryPassages vectors are committed this many passages at a time: a stop loses at most one
 *                            batch, and a refresh waiting for the write lock waits for one batch at most (about
 *                            half a minute with one thread, twice that with sentence vectors)
 * @param sentenceVectors     whether each sentence of an embedded passage gets a vector too, for choosing the
 *                            sentence to quote: CMRC dev hit@1 0.841 → 0.864 for 2.2 times the embedding's cost
 *                            (docs/BENCHMARKS.md)
 */
@Validated
@ConfigurationProperties("newsdesk.embedding")
public record EmbeddingProperties(
        @Min(0) @Max(64) @DefaultValue("0") int questionThreads,
        @Min(0) @Max(64) @DefaultValue("1") int indexThreads,
        @NotNull @DefaultValue("recent") VectorPolicy policy,
        @Min(1) @DefaultValue("365") int recentDays,
        @Min(1) @DefaultValue("256") int commitEveryPassages,
        @DefaultValue("true") boolean sentenceVectors) {
}
