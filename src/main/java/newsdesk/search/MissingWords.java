package newsdesk.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the question's words that the paper does not use and the indexed words to try instead: the
 * official word for an everyday one (娃 → 子女), or the word a one-character homophone typo was meant
 * to be (补帖 → 补贴). A word the index holds is never replaced: the paper's own wording wins.
 */
final class MissingWords {

    /** Where an alternative comes from; each kind has its own query weight. */
    enum Kind { EVERYDAY_WORD, HOMOPHONE }

    /** {@code word} is tried for {@code missing}, a question word or phrase the index lacks. */
    record Alternative(String missing, String word, Kind kind) {
    }

    private final CitizenWording wording;
    private final IndexVocabulary vocabulary;
    private final Function<String, List<String>> words;
    private final float everydayBoost;
    private final float homophoneBoost;

    /**
     * @param words          the question's words as the index's word analysis cuts them
     * @param everydayBoost  query weight of an official word tried for an everyday one; 0 = not tried
     * @param homophoneBoost query weight of a typo's correction; 0 = not tried
     */
    MissingWords(CitizenWording wording, IndexVocabulary vocabulary, Function<String, List<String>> words,
                 float everydayBoost, float homophoneBoost) {
        this.wording = wording;
        this.vocabulary = vocabulary;
        this.words = words;
        this.everydayBoost = everydayBoost;
        this.homophoneBoost = homophoneBoost;
    }

    /** The words to add to a question's query, each with its weight; empty when nothing misses. */
    Map<String, Float> weights(String question) {
        Map<String, Float> weights = new LinkedHashMap<>();
        for (Alternative alternative : in(question)) {
            float boost = alternative.kind() == Kind.EVERYDAY_WORD ? everydayBoost : homophoneBoost;
            weights.merge(alternative.word(), boost, Math::max);
        }
        return weights;
    }

    /** The alternatives of a question grouped by the word or phrase they stand in for, in question order. */
    Map<String, List<String>> byMissingWord(String question) {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        in(question).forEach(alternative -> alternatives
                .computeIfAbsent(alternative.missing(), word -> new ArrayList<>()).add(alternative.word()));
        return alternatives;
    }

    /**
     * Alternatives for a question, in question order. None of them is a word the question already
     * has, and each occurs in the index.
     */
    List<Alternative> in(String question) {
        if (everydayBoost <= 0 && homophoneBoost <= 0) {
            return List.of();
        }
        List<String> questionWords = words.apply(question);
        return vocabulary.with(index -> in(questionWords, index));
    }

    private List<Alternative> in(List<String> questionWords, IndexVocabulary.Lookup index) {
        Set<String> asked = new HashSet<>(questionWords);
        List<Alternative> found = new ArrayList<>();
        // Per kind: a word that is both an everyday word's alternative and a typo's correction gets the
        // typo's higher weight in weights().
        Set<String> added = new HashSet<>();
        if (everydayBoost > 0) {
            for (CitizenWording.Entry entry : wording.find(questionWords)) {
                String head = entry.head().text();
                // A head of several words (找工作) is never one indexed word, so it always counts as missing.
                // A question that already has one of the official words (补贴每人多少钱) needs no more: the
                // others (资金, 费用) pulled a passage about the fund above the one with the amount.
                if (index.hasWord(head) || entry.alternatives().stream().anyMatch(a -> asked.contains(a.text()))) {
                    continue;
                }
                for (CitizenWording.Phrase alternative : entry.alternatives()) {
                    if (!asked.contains(alternative.text()) && occurs(alternative, index) && added.add(alternative.text())) {
                        found.add(new Alternative(head, alternative.text(), Kind.EVERYDAY_WORD));
                    }
                }
            }
        }
        if (homophoneBoost > 0) {
            added.clear();
            for (Alternative correction : homophonesIn(questionWords, index)) {
                if (!asked.contains(correction.word()) && added.add(correction.word())) {
                    found.add(correction);
                }
            }
        }
        return found;
    }

    /** The indexed alternatives of one word or phrase that misses; empty when the index holds it. */
    List<String> of(String word) {
        String folded = ChineseFolding.fold(word.strip());
        List<String> itsWords = words.apply(folded);
        return vocabulary.with(index -> {
            if (folded.isEmpty() || index.hasWord(folded)) {
                return List.<String>of();
            }
            List<String> alternatives = new ArrayList<>();
            if (everydayBoost > 0) {
                wording.entry(folded).ifPresent(entry -> entry.alternatives().stream()
                        .filter(alternative -> occurs(alternative, index))
                        .forEach(alternative -> alternatives.add(alternative.text())));
            }
            if (homophoneBoost > 0) {
                homophonesIn(itsWords, index).forEach(correction -> alternatives.add(correction.word()));
            }
            return alternatives.stream().distinct().toList();
        });
    }

    /** An alternative of several words (社会保障 → 社会/保障) occurs when each of its words does. */
    private static boolean occurs(CitizenWording.Phrase alternative, IndexVocabulary.Lookup index) {
        return alternative.words().stream().allMatch(index::hasWord);
    }

    private static List<Alternative> homophonesIn(List<String> questionWords, IndexVocabulary.Lookup index) {
        return index.homophones().corrections(questionWords, index::hasWord, index::hasBigram).stream()
                .map(correction -> new Alternative(correction.typo(), correction.word(), Kind.HOMOPHONE))
                .toList();
    }
}
