package newsdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.text.ChineseText;

/**
 * The places a text names (李寨乡, 搬口街道, 川汇区), for the place filter of articles and the places a question
 * pins down. Known by the local names, by HanLP's place tag, or by a name ending in an administrative suffix:
 * HanLP tags many a township a person's name (黄集乡/nr) and cuts others before or inside the suffix
 * (李寨/nr 乡, 许/湾乡). The paper's own city is named everywhere and so is never one of them.
 */
public final class PlaceNames {

    /** Characters of a township's or village's name before its suffix: 李寨, 槐店回族. */
    private static final int MAX_NAME_CHARS = 4;
    /**
     * HanLP tags of words that are never part of a place name: numerals and measures, time words, pronouns,
     * prepositions, conjunctions, particles, adverbs, 是 and 有, punctuation.
     */
    private static final Pattern NOT_NAME_PARTS = Pattern.compile("m.*|q.*|t.*|r.*|p.*|c.*|u.*|d.*|y.*|e.*|w.*|vshi|vyou|x");

    /** The same right after a county, where an adverb's or a measure word's character may be part of a name (郸城县胡/d集/q乡). */
    private static final Pattern NOT_NAME_PARTS_AFTER_COUNTY =
            Pattern.compile("m.*|t.*|r.*|p.*|c.*|u.*|y.*|e.*|w.*|vshi|vyou|x");
    /** Tags after which a name may start: punctuation, numerals and their measures (2025年), time words. */
    private static final Pattern OPENS_NAME = Pattern.compile("w.*|m.*|q.*|t.*");
    /** HanLP's tags of proper names: places, people, organisations, other proper nouns. */
    private static final Pattern PROPER_NAME = Pattern.compile("ns.*|nr.*|nt.*|nz.*|nx");
    /** Characters that are no piece of a place name but often stand before one: 到文苑社区, 家住搬口办事处, 入企进村. */
    private static final String NOT_NAME_PARTS_ALONE = "到在从住进去来至往向对为把被给让于和与及等各全本该每此其另即将已又也都就还入出";

    private final List<String> dictionary;
    private final List<String> home;
    private final WordTagger tagger;

    PlaceNames(LocalNames localNames, List<String> home, WordTagger tagger) {
        this.dictionary = localNames.entries().stream()
                .filter(entry -> entry.nature().startsWith("ns"))
                .map(LocalNames.Entry::word)
                .toList();
        this.home = List.copyOf(home);
        this.tagger = tagger;
    }

    /** The place names of the local dictionary, in dictionary order, for the community worker's place filter. */
    List<String> dictionary() {
        return dictionary;
    }

    /**
     * Every place the text names but the home city, in order of first mention; a local name inside a longer one
     * counts too (示范区 in 城乡一体化示范区), so that either form asked finds the other.
     */
    public List<String> in(String text) {
        Set<String> found = new LinkedHashSet<>();
        dictionary.stream().filter(text::contains).forEach(found::add);
        found.addAll(tagged(tagger.tag(text)));
        return found.stream()
                .filter(name -> !home.contains(name))
                .sorted(Comparator.comparingInt(text::indexOf))
                .toList();
    }

    /**
     * The places of a question that limit its articles: of a district and a street in it only the street,
     * since an article about the street need not name its district.
     */
    public List<String> limiting(String question) {
        List<String> names = in(question);
        PlaceKind finest = names.stream().map(PlaceKind::of).max(Comparator.naturalOrder()).orElse(null);
        return names.stream().filter(name -> PlaceKind.of(name) == finest).toList();
    }

    private static List<String> tagged(List<TaggedWord> words) {
        List<String> places = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TaggedWord word = words.get(i);
            if (PlaceKind.isFineSuffix(word.word())) {
                // A township HanLP cuts into pieces before its suffix (涡/北/镇, 槐/店/回族/镇): the pieces back
                // to the last word that cannot be part of a name.
                String prefix = namePieces(words, i - 1, MAX_NAME_CHARS);
                if (prefix.length() >= 2) {
                    places.add(prefix + word.word());
                }
                continue;
            }
            PlaceKind kind = PlaceKind.bySuffix(word.word());
            if (word.word().length() == 2 && (kind == PlaceKind.TOWNSHIP || kind == PlaceKind.VILLAGE)
                    && !word.isPlaceName() && !word.tag().startsWith("nr")) {
                // The name's last character taken into a common word with the suffix (巴/村镇, 邓/城镇, 红花/集镇):
                // one character before it, or a county, tells it from 宜居乡村 and 压实乡镇.
                String prefix = namePieces(words, i - 1, MAX_NAME_CHARS - 1);
                if (prefix.length() == 1 || !prefix.isEmpty() && countyBefore(words, i - 1, prefix.length())) {
                    places.add(prefix + word.word());
                }
                continue;
            }
            if (!word.isPlaceName() && !word.tag().startsWith("nr")) {
                continue;
            }
            String name = word.word();
            if (PlaceKind.bySuffix(name) != null && name.length() == 2) {
                // A cut inside the name (逊/母/口镇): its first characters stand before it.
                name = namePieces(words, i - 1, MAX_NAME_CHARS - 1) + name;
            }
            while (PlaceKind.bySuffix(name) == null && i + 1 < words.size()
                    && (words.get(i + 1).isPlaceName() || PlaceKind.isSuffix(words.get(i + 1).word()))) {
                name += words.get(++i).word();
            }
            // Without a suffix a tagged place is a country or province (中国, 河南), a person's name a person;
            // a suffix alone with one character (口镇) is too little to tell.
            if (PlaceKind.bySuffix(name) != null && name.length() >= 3) {
                places.add(name);
            }
        }
        return places;
    }

    /**
     * The pieces of a name standing before position {@code end + 1}, up to {@code maxChars} characters, or "" when
     * they do not look like one. Right after a county (西华县逍遥镇, 鹿邑县太清宫镇) any content word is the name; elsewhere a
     * name's pieces are single characters or proper names (四通/nz, 刘庄/ns), and a common two-character word
     * (生铁/n) only beside a single character, so that 问题村 and 电商村 are no villages. A numeral, a function
     * word, punctuation, a place of its own (淮阳区) or a character that is no piece of a name (到, 进) ends them.
     */
    private static String namePieces(List<TaggedWord> words, int end, int maxChars) {
        int start = end + 1;
        int chars = 0;
        while (start > 0 && isHan(words.get(start - 1).word()) && !isCounty(words.get(start - 1))
                && !NOT_NAME_PARTS_AFTER_COUNTY.matcher(words.get(start - 1).tag()).matches()
                && chars + words.get(start - 1).word().length() <= maxChars) {
            chars += words.get(--start).word().length();
        }
        if (start > 0 && start <= end && isCounty(words.get(start - 1))) {
            return join(words, start, end);
        }
        start = end + 1;
        chars = 0;
        boolean named = false;
        while (start > 0 && isNamePiece(words.get(start - 1))
                && chars + words.get(start - 1).word().length() <= maxChars) {
            TaggedWord piece = words.get(start - 1);
            boolean plain = piece.word().length() > 1 && !PROPER_NAME.matcher(piece.tag()).matches();
            if (plain && !piece.tag().startsWith("n")) {
                // A town named by a word of its own (逍遥/a 镇) where a sentence or a date leaves off; not a verb
                // (实施/社区, 带动/乡) and not before 村, 乡 or 社区, where such words are common.
                if (start == end + 1 && opensName(words, start - 2) && !piece.tag().startsWith("v")
                        && end + 1 < words.size() && words.get(end + 1).word().equals("镇")) {
                    return piece.word();
                }
                break;
            }
            named |= !plain;
            chars += piece.word().length();
            start--;
        }
        return named ? join(words, start, end) : "";
    }

    /** Whether a name may start right after position {@code before}: at the text's start, after punctuation or a date. */
    private static boolean opensName(List<TaggedWord> words, int before) {
        return before < 0 || OPENS_NAME.matcher(words.get(before).tag()).matches();
    }

    /** Whether a county stands right before the {@code chars} characters of words that end at {@code end}. */
    private static boolean countyBefore(List<TaggedWord> words, int end, int chars) {
        int j = end;
        for (int seen = 0; j >= 0 && seen < chars; j--) {
            seen += words.get(j).word().length();
        }
        return j >= 0 && isCounty(words.get(j));
    }

    private static boolean isCounty(TaggedWord word) {
        return word.isPlaceName() && PlaceKind.bySuffix(word.word()) == PlaceKind.COUNTY;
    }

    private static boolean isHan(String text) {
        return text.codePoints().allMatch(ChineseText::isHan);
    }

    private static String join(List<TaggedWord> words, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int j = from; j <= to; j++) {
            joined.append(words.get(j).word());
        }
        return joined.toString();
    }

    private static boolean isNamePiece(TaggedWord piece) {
        String text = piece.word();
        // An adverb's character may start a name (太/d 清宫/n 镇), a two-character adverb not.
        boolean boundary = NOT_NAME_PARTS.matcher(piece.tag()).matches()
                && !(text.length() == 1 && piece.tag().equals("d"));
        return text.length() <= 3 && isHan(text) && !PlaceKind.isSuffix(text)
                && PlaceKind.bySuffix(text) == null && !boundary
                && !(text.length() == 1 && NOT_NAME_PARTS_ALONE.indexOf(text.charAt(0)) >= 0);
    }
}
