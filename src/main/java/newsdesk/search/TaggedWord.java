package newsdesk.search;

/**
 * A word of a text with HanLP's part-of-speech tag.
 *
 * @param tag    HanLP's nature: {@code nr} a person's name, {@code ns} a place, {@code nt} an
 *               organisation, {@code m} a numeral, {@code q} a measure word, {@code t} a time word …
 * @param offset where the word starts in the analysed text
 */
public record TaggedWord(String word, String tag, int offset) {

    public boolean isPersonName() {
        return tag.startsWith("nr") && word.length() >= 2;
    }

    public boolean isPlaceName() {
        return tag.startsWith("ns");
    }

    public boolean isOrganisation() {
        return tag.startsWith("nt");
    }
}
