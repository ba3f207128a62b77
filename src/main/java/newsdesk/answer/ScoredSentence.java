package newsdesk.answer;

import java.util.Set;

/**
 * A candidate answer sentence and how well it answers.
 *
 * @param terms the sentence's analysed terms, kept so the abstention check need not analyse it again
 */
record ScoredSentence(String sentence, int passageRank, double score, Set<String> terms) {
}
