package newsdesk.web.adminpage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsdesk.answer.QuestionAnalysis;
import newsdesk.feedback.AskedQuestion;

/**
 * Puts questions that ask for the same thing in different words into one group: the same kind of fact asked for
 * (a phone number, an opening hour, an amount: the answer engine's reading of the cue words), and content words
 * that overlap enough, weighted by how rare each word is in the paper. Grouping is single-link: a question joins
 * a group when it is like any question already in it, so 图书馆几点开门 → 图书馆开放时间 → 图书馆每天什么时候开放 is one
 * chain even when its ends share little.
 */
final class NeedGrouping {

    /**
     * Weighted overlap (shared words' weight over all words' weight) from which two questions of one kind are one
     * need. Measured on the sample pages: rewordings of one question score 0.37–0.60 (川汇区图书馆几点开门 against
     * 川汇区图书馆的开放时间是什么 0.38, against 图书馆每天什么时候开门 0.41), while questions about another fact of
     * the same place score 0.27–0.40 and are kept apart by their kind (电话, 地址), which is why the bar can sit this
     * low. Its known cost: two places asked the same of (川汇区图书馆 and 川汇区游泳馆 几点开门, about 0.4) can meet.
     */
    static final double SAME_NEED = 0.35;
    /**
     * The weight of a word the index does not rank (no index yet, or a word the paper never prints): what an
     * ordinary word weighs (idf about 2–4 on the sample pages), so such a word neither dominates nor vanishes.
     */
    private static final double UNRANKED_WEIGHT = 2.0;

    private final QuestionAnalysis analysis;

    NeedGrouping(QuestionAnalysis analysis) {
        this.analysis = analysis;
    }

    /** A question with what grouping compares. */
    record Read(AskedQuestion asked, Set<String> terms, Map<String, Double> weights, String kind) {
    }

    /** Groups in the order of their first question; each group's questions in the order given. */
    List<List<Read>> group(List<AskedQuestion> questions) {
        List<Read> read = questions.stream().map(this::read).toList();
        int[] parent = new int[read.size()];
        // Only questions of one kind that share a word can be alike: a half year of questions is compared pair by
        // pair within those, not all with all.
        Map<String, List<Integer>> byKindAndWord = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            Read question = read.get(i);
            Set<Integer> candidates = new TreeSet<>();
            for (String term : question.terms()) {
                String key = question.kind() + " " + term;
                candidates.addAll(byKindAndWord.getOrDefault(key, List.of()));
                byKindAndWord.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (int j : candidates) {
                if (sameNeed(question, read.get(j))) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Read>> groups = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            groups.computeIfAbsent(root(parent, i), key -> new ArrayList<>()).add(read.get(i));
        }
        return List.copyOf(groups.values());
    }

    Read read(AskedQuestion question) {
        QuestionAnalysis.Analysed analysed = analysis.analyse(question.searched());
        // Single characters (点 of 几点, 是, 的) say how a question is put, not what it is about; the kind of fact
        // asked for (钱 → MONEY) is already in the kind. Kept when they are all a question has.
        Set<String> words = new HashSet<>();
        analysed.terms().stream().filter(term -> term.length() > 1).forEach(words::add);
        return new Read(question, words.isEmpty() ? new HashSet<>(analysed.terms()) : words, analysed.weights(),
                analysed.kind());
    }

    static boolean sameNeed(Read a, Read b) {
        return a.kind().equals(b.kind()) && similarity(a, b) >= SAME_NEED;
    }

    /** Weighted Jaccard of the two questions' content words; 0 when either has none. */
    static double similarity(Read a, Read b) {
        double shared = 0;
        double all = 0;
        Set<String> union = new HashSet<>(a.terms());
        union.addAll(b.terms());
        for (String term : union) {
            double weight = weight(term, a, b);
            all += weight;
            if (a.terms().contains(term) && b.terms().contains(term)) {
                shared += weight;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private static double weight(String term, Read a, Read b) {
        double idf = Math.max(a.weights().getOrDefault(term, 0.0), b.weights().getOrDefault(term, 0.0));
        return idf > 0 ? idf : UNRANKED_WEIGHT;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int i, int j) {
        parent[root(parent, i)] = root(parent, j);
    }
}
