package newsdesk.search;

import java.util.List;

/**
 * The places an article is about, found by the local place names of the user dictionary (those
 * tagged {@code ns}), for the search filter "place/district".
 */
record Places(List<String> names) {

    static Places from(LocalNames dictionary) {
        return new Places(dictionary.entries().stream()
                .filter(entry -> entry.nature().startsWith("ns"))
                .map(LocalNames.Entry::word)
                .toList());
    }

    List<String> in(String text) {
        return names.stream().filter(text::contains).toList();
    }
}
