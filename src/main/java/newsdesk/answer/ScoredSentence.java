package newsdesk.answer;

/**
 * A candidate answer sentence and how well it answers.
 *
 * @param coverage share of the question's term weight found in the sentence, 0 to 1
 */
record ScoredSentence(String sentence, int passageRank, double score, double coverage) {
}
