package newsdesk.answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.search.IndexTerms;
import newsdesk.search.SearchService;
import newsdesk.search.TaggedWord;
import newsdesk.search.Thesaurus;
import newsdesk.search.WordTagger;

/** Term statistics from the search index, so answers weigh words exactly as retrieval does. */
final class SearchTermStatistics implements TermStatistics {

    private final SearchService search;
    private final IndexTerms terms;
    private final WordTagger tagger;
    private final Thesaurus thesaurus;

    /** For reading questions only (terms, weights, kind): no sentence is judged, so no synonyms are needed. */
    SearchTermStatistics(SearchService search, WordTagger tagger) {
        this(search, tagger, Thesaurus.of(List.of()));
    }

    SearchTermStatistics(SearchService search, WordTagger tagger, Thesaurus thesaurus) {
        this.search = search;
        this.terms = search.terms();
        this.tagger = tagger;
        this.thesaurus = thesaurus;
    }

    @Override
    public List<String> terms(String text) {
        return terms.words(text);
    }

    @Override
    public boolean indexed(String term) {
        return terms.indexes(term);
    }

    @Override
    public double idf(String term) {
        return terms.idf(term);
    }

    @Override
    public boolean knownPlace(String place) {
        return terms.knowsPlace(place);
    }

    @Override
    public List<TaggedWord> tagged(String text) {
        return tagger.tag(text);
    }

    @Override
    public Set<String> synonyms(String word) {
        return thesaurus.synonymsOf(word);
    }

    @Override
    public List<String> everydayWords(String word) {
        return search.everydayWordsFor(word);
    }

    @Override
    public Map<String, List<String>> alternatives(String question) {
        return search.alternativesIn(question);
    }
}
