package newsdesk.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.text.ChineseText;

/** Measures of one sentence against a question that need no other candidate: the parts of its features. */
final class SentenceMeasures {

    /**
     * How far (in characters) asked-for evidence may stand from a focus word and still belong to it:
     * a dateline date opens the sentence and the event it dates follows a title and a name later.
     */
    private static final int FOCUS_REACH = 30;

    private SentenceMeasures() {
    }

    /**
     * Share of the weight of {@code terms}, by {@code weights} (idf, or topic weight), among {@code present}: 0 to 1.
     */
    static double weightShare(List<String> terms, Map<String, Double> weights, Set<String> present) {
        double total = 0;
        double found = 0;
        for (String term : terms) {
            double weight = weights.getOrDefault(term, 0.0);
            total += weight;
            if (present.contains(term)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** 1 when the matched question terms stand together, falling towards 0 as they spread out. */
    static double proximity(List<String> questionTerms, List<String> sentenceTerms) {
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

    /** A sentence that is little more than the question's own words adds nothing a citizen can use. */
    static boolean isEcho(Question question, String sentence) {
        String rest = sentence;
        for (String term : question.terms()) {
            if (term.length() > 1) {
                rest = rest.replace(term, " ");
            }
        }
        return rest.replaceAll("[\\p{P}\\s]", "").length() < 6;
    }

    static Set<Integer> hanCharacters(String text) {
        Set<Integer> chars = new HashSet<>();
        text.codePoints().filter(ChineseText::isHan).forEach(chars::add);
        return chars;
    }

    static double characterShare(Set<Integer> questionChars, String sentence) {
        if (questionChars.isEmpty()) {
            return 0;
        }
        Set<Integer> present = hanCharacters(sentence);
        return questionChars.stream().filter(present::contains).count() / (double) questionChars.size();
    }

    /**
     * Whether some evidence stands within reach of a focus word; with no focus words, any evidence does. Evidence
     * that heads the sentence (3月5日，宋力带队前往…调研消防安全工作) is said of all of it, however far the focus word.
     */
    static boolean nearFocus(List<TypeEvidence.Span> evidence, String sentence, Set<String> focus) {
        if (evidence.isEmpty()) {
            return false;
        }
        if (focus.isEmpty()) {
            return true;
        }
        if (evidence.stream().anyMatch(span -> TypeEvidence.headsSentence(span, sentence))
                && focus.stream().anyMatch(sentence::contains)) {
            return true;
        }
        for (String word : focus) {
            for (int at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
                for (TypeEvidence.Span span : evidence) {
                    if (Math.min(span.distanceTo(at), span.distanceTo(at + word.length() - 1)) <= FOCUS_REACH) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

}
