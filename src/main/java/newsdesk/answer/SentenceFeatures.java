package newsdesk.answer;

import java.util.List;

/**
 * What is known of one candidate sentence as an answer to one question, each value in [0, 1].
 *
 * @param overlap      share of the question's idf weight in the sentence, words of the article's title
 *                     (its topic, which answer sentences often replace by 它 or 该) counting less
 * @param bigrams      the same over the question's Han character pairs, which survive segmentation errors
 * @param proximity    how close together the matched question words stand
 * @param typeMatch    1 when the sentence holds the kind of thing asked for, beyond the question's own words
 * @param typeNearFocus 1 when that evidence stands next to the question's focus words (补贴标准 … 2000元)
 * @param focus        share of the question's focus words present
 * @param passagePrior 1 / (1 + the passage's retrieval rank)
 * @param echo         1 when the sentence is little more than the question's own words
 * @param commonRun    longest run of characters shared with the question, up to 8, over 8
 * @param previous     {@code overlap} of the sentence before it in the passage: an answer sentence often
 *                     says 它 where the one before names the topic
 * @param next         {@code overlap} of the sentence after it in the passage
 * @param plainOverlap share of the question's idf weight in the sentence, title words counting fully
 * @param characters   share of the question's Han characters found in the sentence, immune to segmentation
 * @param passageScore the passage's BM25 score over the best passage's
 * @param lead         1 for the first sentence of an article: a dateline sentence that restates the headline
 * @param shortness    1 for a sentence under 15 characters: a heading or a fragment more often than an answer
 * @param dense        cosine of the question's and the sentence's vectors, the sentence's computed when it was
 *                     indexed; 0 for every candidate of a question when any of them lacks one, so that an
 *                     embedded page never outranks an unembedded one by this alone
 * @param denseBest    1 for the candidate closest to the question by that cosine
 * @param denseTyped   {@code dense} when the sentence also holds the kind of thing asked for ({@code typeMatch})
 * @param embedded     whether the dense values are there: {@link SentenceWeights} weighs the others differently
 *                     with them than without (not one of the values)
 */
public record SentenceFeatures(double overlap, double bigrams, double proximity, double typeMatch,
                               double typeNearFocus, double focus, double passagePrior, double echo,
                               double commonRun, double previous, double next,
                               double plainOverlap, double characters, double passageScore, double lead, double shortness,
                               double dense, double denseBest, double denseTyped, boolean embedded) {

    /** The names of the values, in the order of {@link #values()}; also the keys of the weights file. */
    public static final List<String> NAMES = List.of("overlap", "bigrams", "proximity", "typeMatch",
            "typeNearFocus", "focus", "passagePrior", "echo", "commonRun", "previous", "next",
            "plainOverlap", "characters", "passageScore", "lead", "shortness", "dense", "denseBest",
            "denseTyped");

    /**
     * The same sentence judged on its own words, without what its passage brings (retrieval rank and score):
     * two versions of one fact are alike by their sentences, however differently their headlines match.
     */
    public SentenceFeatures ownWordsOnly() {
        return new SentenceFeatures(overlap, bigrams, proximity, typeMatch, typeNearFocus, focus, 0, echo, commonRun,
                previous, next, plainOverlap, characters, 0, lead, shortness, dense, denseBest,
                denseTyped, embedded);
    }

    public double[] values() {
        return new double[] {overlap, bigrams, proximity, typeMatch, typeNearFocus, focus, passagePrior, echo,
                commonRun, previous, next, plainOverlap, characters, passageScore, lead, shortness, dense, denseBest,
                denseTyped};
    }
}
