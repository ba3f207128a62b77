package newsdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The kind of place a name is, by its administrative suffix: an article about one township is no answer
 * about another, but an article naming no township at all (我市…) may be about all of them.
 */
public enum PlaceKind {
    COUNTY(List.of("区", "县", "市")),
    /** Also a named spot with no suffix from the local names (扬帆广场, 关帝庙). */
    TOWNSHIP(List.of("乡", "镇", "街道", "办事处")),
    VILLAGE(List.of("村", "社区"));

    private final List<String> suffixes;

    PlaceKind(List<String> suffixes) {
        this.suffixes = suffixes;
    }

    /** The kind a name's longest matching suffix says (史滩社区 a village, not a district); null for none (河南, 搬口). */
    static @Nullable PlaceKind bySuffix(String name) {
        PlaceKind found = null;
        int longest = 0;
        for (PlaceKind kind : values()) {
            for (String suffix : kind.suffixes) {
                if (name.endsWith(suffix) && name.length() > suffix.length() && suffix.length() > longest) {
                    found = kind;
                    longest = suffix.length();
                }
            }
        }
        return found;
    }

    /** A township's or village's suffix standing alone, as HanLP often cuts it (李寨/乡). */
    static boolean isFineSuffix(String word) {
        return TOWNSHIP.suffixes.contains(word) || VILLAGE.suffixes.contains(word);
    }

    static boolean isSuffix(String word) {
        for (PlaceKind kind : values()) {
            if (kind.suffixes.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The kind of a place name found by {@link PlaceNames}: its suffix's, or a township's for a named spot. */
    static PlaceKind of(String name) {
        PlaceKind kind = bySuffix(name);
        return kind == null ? TOWNSHIP : kind;
    }
}
