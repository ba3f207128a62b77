package newsdesk.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a sentence as an answer to a question. Term overlap alone prefers the sentence that
 * echoes the question; the answer type (a number with a unit for 多少), the closeness of the matched
 * terms and the passage's retrieval rank tell the sentence with the answer from the echo.
 */
final class SentenceScorer {

    // Weights tuned on the CMRC 2018 trial questions and the sample-page question set (docs/BENCHMARKS.md).
    private static final double OVERLAP = 1.0;
    private static final double BIGRAMS = 0.5;
    private static final double PROXIMITY = 0.3;
    private static final double ANSWER_TYPE = 0.35;
    private static final double PASSAGE_RANK = 0.15;
    private static final double ECHO_PENALTY = 0.3;

    private final TermStatistics statistics;

    SentenceScorer(TermStatistics statistics) {
        this.statistics = statistics;
    }

    ScoredSentence score(Question question, String sentence, int passageRank) {
        List<String> sentenceTerms = statistics.terms(sentence);
        double coverage = coverage(question, new HashSet<>(sentenceTerms));
        double bigrams = bigramOverlap(question.bigrams(), sentence);
        double proximity = proximity(question.terms(), sentenceTerms);
        double type = AnswerEvidence.matches(question.type(), withoutQuestionWords(sentence, question));
        double echo = isEcho(question, sentence) ? 1 : 0;
        double score = OVERLAP * coverage + BIGRAMS * bigrams + PROXIMITY * proximity + ANSWER_TYPE * type
                + PASSAGE_RANK / (1 + passageRank) - ECHO_PENALTY * echo;
        return new ScoredSentence(sentence, passageRank, score, coverage);
    }

    /** Share of the question's term weight (idf) that a text holds, 0 to 1. */
    double coverage(Question question, String text) {
        return coverage(question, new HashSet<>(statistics.terms(text)));
    }

    private double coverage(Question question, Set<String> present) {
        double total = 0;
        double found = 0;
        for (String term : question.terms()) {
            double weight = question.weights().getOrDefault(term, 0.0);
            total += weight;
            if (present.contains(term)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** Share of the question's character bigrams in the sentence: robust where word segmentation differs. */
    private static double bigramOverlap(Set<String> questionBigrams, String sentence) {
        if (questionBigrams.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String bigram : questionBigrams) {
            if (sentence.contains(bigram)) {
                found++;
            }
        }
        return (double) found / questionBigrams.size();
    }

    /** 1 when the matched question terms stand together, falling towards 0 as they spread out. */
    private static double proximity(List<String> questionTerms, List<String> sentenceTerms) {
        Set<String> wanted = new HashSet<>(questionTerms);
        int first = -1;
        int last = -1;
        int matched = 0;
        for (int i = 0; i < sentenceTerms.size(); i++) {
            if (wanted.contains(sentenceTerms.get(i))) {
                first = first < 0 ? i : first;
                last = i;
                matched++;
            }
        }
        if (matched < 2) {
            return matched == 1 ? 0.5 : 0;
        }
        return (double) matched / (last - first + 1);
    }

    /** The answer must be something the question does not already say: 2000元 counts, 补贴 does not. */
    private static String withoutQuestionWords(String sentence, Question question) {
        String rest = sentence;
        for (String term : question.terms()) {
            if (term.length() > 1) {
                rest = rest.replace(term, " ");
            }
        }
        return rest;
    }

    /** A sentence that is little more than the question's own words adds nothing a citizen can use. */
    private static boolean isEcho(Question question, String sentence) {
        String rest = withoutQuestionWords(sentence, question).replaceAll("[\\p{P}\\s]", "");
        return rest.length() < 6;
    }
}
