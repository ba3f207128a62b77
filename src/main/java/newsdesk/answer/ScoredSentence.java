package newsdesk.answer;

import java.util.Set;

/**
 * A candidate answer sentence and how well it answers.
 *
 * @param terms    the sentence's analysed terms, kept so the abstention check need not analyse it again
 * @param features what the score was summed from, for the verdict and for {@code ask --explain}
 */
record ScoredSentence(String sentence, int passageRank, double score, Set<String> terms, SentenceFeatures features) {
}
