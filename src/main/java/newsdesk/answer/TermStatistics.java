package newsdesk.answer;

import java.util.List;
import newsdesk.search.TaggedWord;

/** How the answer layer sees words: the search index's own analysis and term rarity. */
interface TermStatistics {

    /** The content terms of a text, analysed exactly as the index analyses passages. */
    List<String> terms(String text);

    /** Whether the index holds the term at all: a word the paper never prints cannot be a question's subject. */
    boolean indexed(String term);

    /** Inverse document frequency of a term in the index; rare terms tell more. */
    double idf(String term);

    /** Whether the paper has articles about the place: one of its own, not another city's. */
    boolean knownPlace(String place);

    /** The text's words with part-of-speech and entity tags, for names no pattern can list. */
    List<TaggedWord> tagged(String text);
}
