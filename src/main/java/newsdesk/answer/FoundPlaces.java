package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.search.TaggedWord;

/**
 * Which of the places {@link TypeEvidence} finds in a sentence are names that answer "where", and which are a kind of
 * place, a label, a part of someone's title or a string the patterns cut out of other words.
 */
final class FoundPlaces {

    /** Common words that end like a place's name but name none: 美丽宜居乡村, 创新工作思路. */
    private static final Pattern NO_PLACES_END = Pattern.compile("(?:乡村|农村|山村|思路|出路|道路|线路|门路|销路|网路)$");
    /** Words that begin a kind of place, not a name: 辖区商业写字楼, 居民小区, 周边社区. */
    private static final Pattern KIND_OF_PLACE_START = Pattern.compile("^(?:辖区|居民|商业|住宅|周边|附近|当地|全区|全市|全县)");
    /** A place printed before a body or an office is part of someone's title (示范区党工委书记宋力), not where it happened. */
    private static final Pattern TITLE_AFTER_PLACE = Pattern.compile("^(?:党工委|党委|政府|政协|人大|纪委|书记|主任)");
    /** Tags of words that name no one place: common nouns, institution nouns (酒店), distinguishing words (大型), adjectives. */
    private static final Set<String> COMMON_WORD_TAGS = Set.of("n", "nis", "b", "a");
    /** Tags of words that say what kind of thing follows (大型, 新): a place they begin is a kind of place. */
    private static final Set<String> QUALIFIER_TAGS = Set.of("b", "a");

    private FoundPlaces() {
    }

    /**
     * Whether a place the patterns found at {@code [start, end)} names none: a label in quotes (“三类人员”异常村 names a
     * kind of village, not a village), a common word ending like a place (乡村), a kind of place, a place in someone's
     * title, or a string cutting across the tagger's words ({@link #cutsAcrossWords}).
     */
    static boolean foundIsNoName(String sentence, List<TaggedWord> tags, int start, int end) {
        String found = sentence.substring(start, end);
        return start > 0 && sentence.charAt(start - 1) == '”'
                || NO_PLACES_END.matcher(found).find()
                || KIND_OF_PLACE_START.matcher(found).find()
                || inTitle(sentence, end)
                || cutsAcrossWords(tags, start, end);
    }

    /**
     * Whether the tagger's place at {@code index} answers nothing the question does not know: it is printed just
     * before a place the question names, as the larger place it lies in (示范区 of 示范区搬口街道), or it is part of
     * someone's title.
     */
    static boolean taggedIsKnownOrTitle(List<TaggedWord> tags, int index, String sentence, String questionText) {
        TaggedWord word = tags.get(index);
        if (inTitle(sentence, word.offset() + word.word().length())) {
            return true;
        }
        if (index + 1 >= tags.size()) {
            return false;
        }
        TaggedWord next = tags.get(index + 1);
        return next.isPlaceName() && questionText.contains(next.word());
    }

    private static boolean inTitle(String sentence, int placeEnd) {
        return TITLE_AFTER_PLACE.matcher(sentence.substring(placeEnd)).find();
    }

    /**
     * Whether a place the pattern found is no name the tagger would cut out of the sentence: it ends inside a word
     * (除开放室 of 室内), begins with a preposition or a conjunction (并召开全区), is a verb and the one common noun it
     * acts on (优化城市), or a word saying what kind and common words after it (大型酒店: a kind of place, not a name;
     * 文苑社区, tagged as common words too, is a name). Without tags nothing is known, and the pattern's find stands.
     */
    private static boolean cutsAcrossWords(List<TaggedWord> tags, int start, int end) {
        List<TaggedWord> inside = new ArrayList<>();
        for (TaggedWord word : tags) {
            int wordEnd = word.offset() + word.word().length();
            if (word.offset() < end && wordEnd > end) {
                return true;
            }
            if (word.offset() >= start && wordEnd <= end) {
                inside.add(word);
            }
        }
        if (inside.isEmpty() || inside.getFirst().offset() != start) {
            return false;
        }
        String first = inside.getFirst().tag();
        return first.startsWith("p") || first.startsWith("c")
                || first.equals("v") && inside.size() == 2 && inside.get(1).tag().equals("n")
                || inside.size() >= 2 && QUALIFIER_TAGS.contains(first)
                && inside.stream().allMatch(word -> COMMON_WORD_TAGS.contains(word.tag()));
    }
}
