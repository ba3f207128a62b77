package newsdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The places a text names (李寨乡, 搬口街道, 川汇区), for the place filter of articles and the places a question
 * pins down. Known by the local names, by HanLP's place tag, or by a name ending in an administrative suffix:
 * HanLP tags many a township a person's name (黄集乡/nr) and cuts others before or inside the suffix
 * (李寨/nr 乡, 许/湾乡). The paper's own city is named everywhere and so is never one of them.
 */
public final class PlaceNames {

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
            if (!word.isPlaceName() && !word.tag().startsWith("nr")) {
                continue;
            }
            String name = word.word();
            if (PlaceKind.bySuffix(name) != null && name.length() == 2 && i > 0 && isLoneCharacter(words.get(i - 1))) {
                name = words.get(i - 1).word() + name;
            }
            while (PlaceKind.bySuffix(name) == null && i + 1 < words.size()
                    && (words.get(i + 1).isPlaceName() || PlaceKind.isSuffix(words.get(i + 1).word()))) {
                name += words.get(++i).word();
            }
            // Without a suffix a tagged place is a country or province (中国, 河南), a person's name a person.
            if (PlaceKind.bySuffix(name) != null) {
                places.add(name);
            }
        }
        return places;
    }

    private static boolean isLoneCharacter(TaggedWord word) {
        return word.word().length() == 1 && Character.isIdeographic(word.word().codePointAt(0));
    }
}
