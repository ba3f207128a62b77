package newsdesk.answer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A normalised question with what the scorers need from it, worked out once per question.
 *
 * @param weights each term's idf in the index: rare words tell more than common ones
 */
record Question(String text, AnswerType type, List<String> terms, Map<String, Double> weights, Set<String> bigrams) {

    /** Words that ask rather than tell; an answer sentence does not contain them. */
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "多少|哪里|哪儿|哪些|哪个|哪位|哪天|什么|怎么|怎样|如何|为什么|何时|谁|几|哪|吗|呢|请问|可以|能否|是否");

    static Question of(String normalized, TermStatistics statistics) {
        String content = QUESTION_WORDS.matcher(normalized).replaceAll(" ");
        List<String> terms = statistics.terms(content).stream()
                .filter(term -> !QUESTION_WORDS.matcher(term).matches())
                .distinct()
                .toList();
        Map<String, Double> weights = new LinkedHashMap<>();
        terms.forEach(term -> weights.put(term, statistics.idf(term)));
        return new Question(normalized, AnswerType.of(normalized), terms, Map.copyOf(weights), bigrams(content));
    }

    private static Set<String> bigrams(String text) {
        Set<String> bigrams = new LinkedHashSet<>();
        String han = text.replaceAll("[^\\p{IsHan}]+", "|");
        for (int i = 0; i + 1 < han.length(); i++) {
            if (han.charAt(i) != '|' && han.charAt(i + 1) != '|') {
                bigrams.add(han.substring(i, i + 2));
            }
        }
        return bigrams;
    }
}
