package newsdesk.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the index lives and how questions are ranked. Defaults are the values measured best on
 * CMRC 2018 (docs/BENCHMARKS.md); change them only with a new measurement.
 *
 * @param indexDir           the Lucene index; a build commits it a batch of page files at a time
 * @param homePlaces         the paper's own city in the ways it is named: every article is about it, so it
 *                           is no place that limits a question or tells articles apart
 * @param userDictionary     local place and programme names the bundled HanLP dictionary breaks apart;
 *                           a missing file only means no local names
 * @param topK               passages a search returns when the caller does not say
 * @param rerankCandidates   BM25's top candidates that the dense cosine may re-order: 20 measured best,
 *                           more lets the weaker dense model pull in wrong passages
 * @param denseWeight        weight of the cosine against BM25/top-1 in the re-rank (0 = BM25 only)
 * @param bigramBoost        weight of the CJK bigram field against the word field: bigrams rescue names
 *                           the segmenter splits differently in page and question, but at full weight
 *                           they drown the word matches
 * @param titleBoost         weight of the title fields; a title repeats the topic of every passage of
 *                           its article, so it must not outweigh the passage text
 * @param passageMinChars    a passage is closed once it has this much text and the next sentence would
 *                           overflow {@code passageMaxChars}
 * @param passageMaxChars    packing target; a single longer sentence stays whole
 * @param synonyms           everyday words and the official words to try for them (娃 → 子女); a missing
 *                           file only means no everyday words
 * @param synonymBoost       weight of an official word tried for an everyday word the index lacks; below
 *                           1 so that a passage with the question's own words still comes first: 0.5
 *                           measured best on the sample pages, 0.7 and 1 lost a tuning question (0 = off)
 * @param homophoneBoost     weight of the indexed word tried for a one-character homophone typo (补帖 →
 *                           补贴): 1, as it is the word the citizen meant (0.7 left one more typo question of
 *                           the sample pages on the wrong passage); 0 turns the correction off
 * @param buildThreads       threads that analyse passages (HanLP words, places) while a build or refresh
 *                           writes them; 0 means one per core. HanLP's segmentation is most of a build's
 *                           time, so a build on two cores takes about half as long; the threads yield to
 *                           questions no more than any other busy thread, so a service whose refreshes must
 *                           leave a core free sets 1
 */
@Validated
@ConfigurationProperties("newsdesk.search")
public record SearchProperties(
        @NotNull @DefaultValue("index/lucene") Path indexDir,
        @NotNull @DefaultValue("index/dictionary/local-names.txt") Path userDictionary,
        @Min(1) @DefaultValue("10") int topK,
        @Min(1) @DefaultValue("20") int rerankCandidates,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double denseWeight,
        @DecimalMin("0.0") @DefaultValue("0.25") float bigramBoost,
        @DecimalMin("0.0") @DefaultValue("0.5") float titleBoost,
        @Min(20) @DefaultValue("100") int passageMinChars,
        @Min(40) @DefaultValue("300") int passageMaxChars,
        @NotNull @DefaultValue("index/dictionary/synonyms.txt") Path synonyms,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") float synonymBoost,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("1.0") float homophoneBoost,
        @NotEmpty @DefaultValue({"周口市", "周口"}) List<String> homePlaces,
        @Min(0) @DefaultValue("0") int buildThreads) {

    SearchProperties withIndexDir(Path otherIndexDir) {
        return new SearchProperties(otherIndexDir, userDictionary, topK, rerankCandidates, denseWeight, bigramBoost,
                titleBoost, passageMinChars, passageMaxChars, synonyms, synonymBoost,
                homophoneBoost, homePlaces, buildThreads);
    }

    /** The threads a build analyses passages with: {@link #buildThreads}, or one per core when it is 0. */
    int analysisThreads() {
        return buildThreads > 0 ? buildThreads : Runtime.getRuntime().availableProcessors();
    }
}
