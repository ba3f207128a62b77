package newsdesk.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Words of the same meaning (公司: 企业), by which a sentence may name what a question asks about. */
    default Set<String> synonyms(String word) {
        return Set.of();
    }

    /**
     * The editable list's official words for an everyday word, whether or not the paper prints the word itself (补助:
     * 补贴): a sentence naming one of them speaks of what the question asks about. Only the verdict reads them; the
     * fitted sentence features know synonyms alone, so these do not move the ranking.
     */
    default List<String> everydayWords(String word) {
        return List.of();
    }

    /**
     * The question's words or phrases the paper does not use (娃, 找工作, 补帖), each with the indexed words
     * search tried for it (孩子, 子女; 求职, 就业; 补贴); empty when every word is the paper's own.
     */
    default Map<String, List<String>> alternatives(String question) {
        return Map.of();
    }
}
