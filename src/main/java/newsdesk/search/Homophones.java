package newsdesk.search;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import newsdesk.text.ChineseText;

/**
 * The index's words by their toneless pinyin, to correct a one-character homophone typo (补帖 for 补贴,
 * 就叶 for 就业): residents type by pinyin and pick the wrong character of the right sound. Tones are
 * dropped because the pinyin keyboard drops them too (帖 tie3 and 贴 tie1 share a key sequence).
 */
final class Homophones {

    /** Words of two to four characters: one character has too many homophones, longer words hardly any typos. */
    static final int MIN_CHARS = 2;
    static final int MAX_CHARS = 4;

    static final Homophones NONE = new Homophones(Map.of());

    /**
     * One-character words a misspelt word is not made of, so a stretch stops at them: question words
     * (哪年 is not a typo of 那年, 有啥特征 not one of 沙特) and the commonest function words (鱼是 →
     * 于是, 打到 → 达到). On CMRC's questions they made most of the false corrections that were left.
     */
    private static final String NOT_IN_A_TYPO = "哪谁几啥吗呢么怎什是的了在到有和与及被把给从向也都还又";

    /** A stretch of the question and the indexed word it was meant to be. */
    record Correction(String typo, String word) {
    }

    private final Map<String, List<String>> wordsBySound;

    private Homophones(Map<String, List<String>> wordsBySound) {
        this.wordsBySound = wordsBySound;
    }

    /** From indexed words, most frequent first, so a sound shared by two words offers the commoner first. */
    static Homophones of(List<String> wordsByFrequency) {
        Map<String, List<String>> bySound = new HashMap<>();
        for (String word : wordsByFrequency) {
            if (word.length() >= MIN_CHARS && word.length() <= MAX_CHARS && allHan(word)) {
                bySound.computeIfAbsent(sound(word), key -> new ArrayList<>(2)).add(word);
            }
        }
        return new Homophones(bySound);
    }

    /**
     * Corrections for a question, given its words as the segmenter cut it. A typo leaves a trace the
     * stretch is tested for: the wrong character stands alone (补帖 → 补/帖, as the segmenter does not know
     * the word) or in a word nobody knows (征冰 as a name), and it forms a character pair the index never has
     * (补帖 never stands in the paper). The
     * stretch is such an unknown word or two to four words (at most four characters), is neither an indexed nor a dictionary word, and the correction is
     * an indexed word of the same sound that differs in just that character. Tried on any two to four
     * characters instead, 472 of CMRC's 3,219 dev questions got a "correction" (式主 → 事主 across two
     * words, 领到 → 领导); with these rules 26 do, and none of them changes the first passage.
     */
    List<Correction> corrections(List<String> words, Predicate<String> indexedWord, Predicate<String> indexedPair) {
        List<Correction> found = new ArrayList<>();
        Map<String, Boolean> pairs = new HashMap<>();
        for (int first = 0; first < words.size(); first++) {
            StringBuilder window = new StringBuilder();
            BitSet alone = new BitSet();
            for (int last = first; last < words.size(); last++) {
                String word = words.get(last);
                if (!allHan(word) || window.length() + word.length() > MAX_CHARS
                        || word.length() == 1 && NOT_IN_A_TYPO.contains(word)) {
                    break;
                }
                if (word.length() == 1 || unknownWord(word, indexedWord)) {
                    alone.set(window.length(), window.length() + word.length());
                }
                window.append(word);
                if (last == first && word.length() == 1) {
                    continue;
                }
                String text = window.toString();
                BitSet suspects = unknownPairs(text, indexedPair, pairs);
                suspects.and(alone);
                if (suspects.isEmpty() || indexedWord.test(text) || isDictionaryWord(text)) {
                    continue;
                }
                for (String candidate : soundingLike(text)) {
                    int position = differingPosition(text, candidate);
                    if (suspects.get(position)) {
                        found.add(new Correction(text, candidate));
                    }
                }
            }
        }
        return found;
    }

    /**
     * A word neither the index nor the dictionaries know: the segmenter's name recognition glues a typo into one
     * (征冰 and 毕叶生 come out as person names), so its characters are as suspect as a lone one.
     */
    private static boolean unknownWord(String word, Predicate<String> indexedWord) {
        return word.length() <= MAX_CHARS && !indexedWord.test(word) && !isDictionaryWord(word);
    }

    /** The characters of a text that belong to a pair the index never has. */
    private static BitSet unknownPairs(String text, Predicate<String> indexedPair, Map<String, Boolean> known) {
        BitSet unknown = new BitSet();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!known.computeIfAbsent(text.substring(i, i + 2), indexedPair::test)) {
                unknown.set(i, i + 2);
            }
        }
        return unknown;
    }

    /**
     * A word of HanLP's bundled dictionaries is what the citizen meant, not a typo: without this check
     * 领到 became 领导. Only reads the dictionaries, which the segmenter has loaded anyway.
     */
    private static boolean isDictionaryWord(String text) {
        return CoreDictionary.contains(text) || CustomDictionary.contains(text);
    }

    /** Indexed words that sound like {@code text} and differ from it in exactly one character. */
    List<String> soundingLike(String text) {
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || !allHan(text)) {
            return List.of();
        }
        return wordsBySound.getOrDefault(sound(text), List.of()).stream()
                .filter(word -> differingPosition(text, word) >= 0)
                .toList();
    }

    /** The one position where two equally long texts differ, or -1 when they differ in none or in more. */
    static int differingPosition(String a, String b) {
        if (a.length() != b.length()) {
            return -1;
        }
        int position = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (position >= 0) {
                    return -1;
                }
                position = i;
            }
        }
        return position;
    }

    /** Toneless pinyin, syllables separated by spaces: 补贴 → "bu tie". */
    static String sound(String text) {
        // HanLP reads the pinyin of the whole text, so a polyphone in a known word (银行 → hang) reads right.
        return HanLP.convertToPinyinList(text).stream().map(Pinyin::getPinyinWithoutTone)
                .collect(Collectors.joining(" "));
    }

    static boolean allHan(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(ChineseText::isHan);
    }

}
