package newsdesk.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.search.TaggedWord;

/**
 * Scores candidate sentences as answers to a question, all candidates of a question together: each
 * sentence's {@link SentenceFeatures}, then one weighted sum with the fitted {@link SentenceWeights}.
 *
 * <p>Plain term overlap prefers the sentence that echoes the question. What tells the sentence with
 * the answer from the echo: a question word that stands in nearly every candidate (the topic:
 * 蓝线裸顶鲷, 困难毕业生) says little about which sentence answers, so each term is weighted by how
 * few candidates hold it as well as by its rarity in the index; and the kind of answer asked for
 * must be present beyond the question's own words, next to what the question asks about.
 */
final class SentenceScorer {

    /** A question word that is in the article's title is its topic and counts this much less. */
    private static final double TITLE_DAMPING = 0.9;
    private static final int COMMON_RUN_CAP = 8;
    private static final int SHORT_SENTENCE = 15;

    /**
     * A candidate: a sentence of the passage ranked {@code passageRank} (0 = best) by retrieval.
     *
     * @param lead         whether it opens its article
     * @param passageScore the passage's retrieval score over the best passage's, 0 to 1
     * @param cosine       the question's cosine with the sentence's indexed vector, NaN without one
     */
    record Candidate(String sentence, int passageRank, String title, boolean lead, double passageScore,
                     double cosine) {

        Candidate(String sentence, int passageRank, String title, boolean lead, double passageScore) {
            this(sentence, passageRank, title, lead, passageScore, Double.NaN);
        }
    }

    private final TermStatistics statistics;
    private final SentenceWeights weights;

    SentenceScorer(TermStatistics statistics, SentenceWeights weights) {
        this.statistics = statistics;
        this.weights = weights;
    }

    /** Scores in the order of the candidates given. */
    List<ScoredSentence> score(Question question, List<Candidate> candidates) {
        int n = candidates.size();
        List<List<String>> termsOf = new ArrayList<>(n);
        List<Set<String>> presentOf = new ArrayList<>(n);
        Map<String, Integer> termSpread = new HashMap<>();
        Map<String, Integer> bigramSpread = new HashMap<>();
        for (Candidate candidate : candidates) {
            List<String> terms = statistics.terms(candidate.sentence());
            Set<String> present = question.withStandIns(new HashSet<>(terms));
            termsOf.add(terms);
            presentOf.add(present);
            present.forEach(term -> termSpread.merge(term, 1, Integer::sum));
            for (String bigram : question.bigrams()) {
                if (candidate.sentence().contains(bigram)) {
                    bigramSpread.merge(bigram, 1, Integer::sum);
                }
            }
        }
        Map<String, Double> termWeight = new HashMap<>();
        for (String term : question.terms()) {
            termWeight.put(term, question.weights().getOrDefault(term, 0.0) * locality(termSpread.getOrDefault(term, 0), n));
        }
        Map<String, Double> bigramWeight = new HashMap<>();
        for (String bigram : question.bigrams()) {
            bigramWeight.put(bigram, locality(bigramSpread.getOrDefault(bigram, 0), n));
        }
        Map<String, Set<String>> titleTerms = new HashMap<>();
        String content = question.content();
        boolean needsTags = question.type() == AnswerType.PERSON || question.type() == AnswerType.PLACE
                || question.type() == AnswerType.ORGANISATION;
        // Each sentence's overlap is also a feature of its neighbours, so all are computed first.
        double[] overlaps = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate candidate = candidates.get(i);
            Set<String> inTitle = titleTerms.computeIfAbsent(candidate.title(),
                    t -> question.withStandIns(new HashSet<>(statistics.terms(t))));
            overlaps[i] = titleDamped(presentOf.get(i), termWeight, inTitle);
        }
        Set<Integer> questionChars = SentenceMeasures.hanCharacters(content);
        AskedDetail asked = AskedDetail.of(question.type(), question.asked());
        Set<String> focusForms = question.focusForms();
        boolean dense = !candidates.isEmpty() && candidates.stream().noneMatch(c -> Double.isNaN(c.cosine()));
        double closest = candidates.stream().mapToDouble(Candidate::cosine).max().orElse(Double.NaN);
        List<ScoredSentence> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Candidate candidate = candidates.get(i);
            String sentence = candidate.sentence();
            Set<String> present = presentOf.get(i);
            List<TaggedWord> tags = needsTags ? statistics.tagged(sentence) : List.of();
            List<TypeEvidence.Span> evidence = TypeEvidence.spans(asked, sentence, tags);
            SentenceFeatures features = new SentenceFeatures(
                    overlaps[i],
                    titleDamped(bigramsIn(sentence, question), bigramWeight, bigramsIn(candidate.title(), question)),
                    SentenceMeasures.proximity(question.terms(), termsOf.get(i)),
                    evidence.isEmpty() ? 0 : 1,
                    SentenceMeasures.nearFocus(evidence, sentence, focusForms) ? 1 : 0,
                    share(question.focus(), present, sentence),
                    1.0 / (1 + candidate.passageRank()),
                    SentenceMeasures.isEcho(question, sentence) ? 1 : 0,
                    Math.min(COMMON_RUN_CAP, CommonRun.longest(content, sentence)) / (double) COMMON_RUN_CAP,
                    samePassage(candidates, i, i - 1) ? overlaps[i - 1] : 0,
                    samePassage(candidates, i, i + 1) ? overlaps[i + 1] : 0,
                    SentenceMeasures.weightShare(question.terms(), question.weights(), present),
                    SentenceMeasures.characterShare(questionChars, sentence),
                    candidate.passageScore(),
                    candidate.lead() ? 1 : 0,
                    sentence.length() < SHORT_SENTENCE ? 1 : 0,
                    dense ? candidate.cosine() : 0,
                    dense && candidate.cosine() == closest ? 1 : 0,
                    dense && !evidence.isEmpty() ? candidate.cosine() : 0,
                    dense);
            scored.add(new ScoredSentence(sentence, candidate.passageRank(), weights.score(features), present, features));
        }
        return scored;
    }

    private static boolean samePassage(List<Candidate> candidates, int i, int j) {
        return j >= 0 && j < candidates.size() && candidates.get(j).passageRank() == candidates.get(i).passageRank();
    }

    SentenceWeights weights() {
        return weights;
    }

    /**
     * How much a term found in {@code spread} of {@code n} candidates tells them apart: 1 for a term
     * in one candidate, falling towards 0 for a term in all of them.
     */
    private static double locality(int spread, int n) {
        if (spread == 0 || n <= 1) {
            return 1;
        }
        return Math.log(1 + (double) n / spread) / Math.log(1 + n);
    }

    private static Set<String> bigramsIn(String text, Question question) {
        Set<String> found = new HashSet<>();
        for (String bigram : question.bigrams()) {
            if (text.contains(bigram)) {
                found.add(bigram);
            }
        }
        return found;
    }

    /** Share of the weight of the question's terms present in a sentence, the title's terms counting less. */
    private static double titleDamped(Set<String> present, Map<String, Double> weights, Set<String> inTitle) {
        double total = 0;
        double found = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            double w = weight.getValue() * (inTitle.contains(weight.getKey()) ? 1 - TITLE_DAMPING : 1);
            total += w;
            if (present.contains(weight.getKey())) {
                found += w;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    private static double share(Set<String> focus, Set<String> present, String sentence) {
        if (focus.isEmpty()) {
            return 0;
        }
        long found = focus.stream().filter(word -> present.contains(word) || sentence.contains(word)).count();
        return (double) found / focus.size();
    }
}
