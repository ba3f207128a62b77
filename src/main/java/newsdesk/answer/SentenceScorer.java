package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores candidate sentences as answers to a question, all candidates of a question together.
 *
 * <p>Plain term overlap prefers the sentence that echoes the question. Two things tell the sentence
 * with the answer from the echo: a question word that stands in nearly every candidate (the topic:
 * 蓝线裸顶鲷, 困难毕业生) says little about which sentence answers, so each term is weighted by how
 * few candidates hold it as well as by its rarity in the index; and the kind of answer asked for
 * (a number with a unit for 多少) must be present beyond the question's own words.
 */
final class SentenceScorer {

    // Weights chosen on the CMRC 2018 trial questions, then measured on dev (docs/BENCHMARKS.md). The
    // title damping (TITLE) gained most: +0.09 hit@1; the locality of terms +0.02; the rest is small.
    private static final double OVERLAP = 1.0;
    private static final double BIGRAMS = 0.5;
    private static final double PROXIMITY = 0.1;
    private static final double ANSWER_TYPE = 0.35;
    private static final double PASSAGE_RANK = 0.8;
    private static final double ECHO_PENALTY = 0.3;
    private static final double LOCAL = 1.0;
    /** A question word that is in the article's title is its topic and counts this much less. */
    private static final double TITLE = 0.9;

    /** A candidate: a sentence of the passage ranked {@code passageRank} (0 = best) by retrieval. */
    record Candidate(String sentence, int passageRank, String title) {
    }

    private final TermStatistics statistics;

    SentenceScorer(TermStatistics statistics) {
        this.statistics = statistics;
    }

    /** Scores in the order of the candidates given. */
    List<ScoredSentence> score(Question question, List<Candidate> candidates) {
        List<List<String>> termsOf = new ArrayList<>(candidates.size());
        List<Set<String>> bigramsOf = new ArrayList<>(candidates.size());
        Map<String, Integer> termSpread = new HashMap<>();
        Map<String, Integer> bigramSpread = new HashMap<>();
        for (Candidate candidate : candidates) {
            List<String> terms = statistics.terms(candidate.sentence());
            termsOf.add(terms);
            new HashSet<>(terms).forEach(term -> termSpread.merge(term, 1, Integer::sum));
            Set<String> bigrams = new HashSet<>();
            for (String bigram : question.bigrams()) {
                if (candidate.sentence().contains(bigram)) {
                    bigrams.add(bigram);
                    bigramSpread.merge(bigram, 1, Integer::sum);
                }
            }
            bigramsOf.add(bigrams);
        }
        int n = candidates.size();
        Map<String, Double> termWeight = new HashMap<>();
        for (String term : question.terms()) {
            double weight = question.weights().getOrDefault(term, 0.0) * locality(termSpread.getOrDefault(term, 0), n);
            termWeight.put(term, weight);
        }
        Map<String, Double> bigramWeight = new HashMap<>();
        for (String bigram : question.bigrams()) {
            double weight = locality(bigramSpread.getOrDefault(bigram, 0), n);
            bigramWeight.put(bigram, weight);
        }
        Map<String, Set<String>> titleTerms = new HashMap<>();
        List<ScoredSentence> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Candidate candidate = candidates.get(i);
            Set<String> present = new HashSet<>(termsOf.get(i));
            Set<String> inTitle = titleTerms.computeIfAbsent(candidate.title(), t -> new HashSet<>(statistics.terms(t)));
            double overlap = titleDamped(present, termWeight, inTitle);
            double bigrams = titleDamped(bigramsOf.get(i), bigramWeight, bigramsIn(candidate.title(), question));
            double proximity = proximity(question.terms(), termsOf.get(i));
            double type = AnswerEvidence.matches(question.type(), withoutQuestionWords(candidate.sentence(), question),
                    question.text());
            double echo = isEcho(question, candidate.sentence()) ? 1 : 0;
            double score = OVERLAP * overlap + BIGRAMS * bigrams + PROXIMITY * proximity + ANSWER_TYPE * type
                    + PASSAGE_RANK / (1 + candidate.passageRank()) - ECHO_PENALTY * echo;
            scored.add(new ScoredSentence(candidate.sentence(), candidate.passageRank(), score, present));
        }
        return scored;
    }

    /**
     * How much a term found in {@code spread} of {@code n} candidates tells them apart: 1 for a term
     * in one candidate, falling towards {@code 1 - LOCAL} for a term in all of them.
     */
    private static double locality(int spread, int n) {
        if (spread == 0 || n <= 1) {
            return 1;
        }
        return 1 - LOCAL + LOCAL * Math.log(1 + (double) n / spread) / Math.log(1 + n);
    }

    private static Set<String> bigramsIn(String title, Question question) {
        Set<String> found = new HashSet<>();
        for (String bigram : question.bigrams()) {
            if (title.contains(bigram)) {
                found.add(bigram);
            }
        }
        return found;
    }

    /**
     * Share of the weight of the question's terms (or bigrams) present in a sentence, where a term
     * that is also in the article's title, its topic, counts less.
     */
    private static double titleDamped(Set<String> present, Map<String, Double> weights, Set<String> inTitle) {
        double total = 0;
        double found = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            double w = weight.getValue() * (inTitle.contains(weight.getKey()) ? 1 - TITLE : 1);
            total += w;
            if (present.contains(weight.getKey())) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }


    /** Share of the question's term weight (idf) among already analysed terms, 0 to 1. */
    static double coverage(Question question, Set<String> present) {
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
