package newsdesk.search;

import java.nio.file.Path;
import java.util.List;
import newsdesk.ingest.Article;

/** A real search service over given articles, for tests of the features downstream of search. */
public final class SearchFixtures {

    private SearchFixtures() {
    }

    /** An index in {@code indexDir} built from the articles, with vectors, served by the returned service. */
    public static SearchService indexOf(List<Article> articles, Path indexDir) {
        SearchService search = new SearchService(properties(indexDir), TestAnalysis.ANALYZERS, TestModels.EMBEDDER);
        search.rebuild(articles, java.util.Map.of());
        return search;
    }

    /** A service over an empty folder: no index yet. */
    public static SearchService withoutIndex(Path indexDir) {
        return new SearchService(properties(indexDir), TestAnalysis.ANALYZERS, TestModels.EMBEDDER);
    }

    /** The tagger over the same segment as the fixtures' analysis. */
    public static WordTagger tagger() {
        return TestAnalysis.TAGGER;
    }

    /** The passage texts the index would hold for an article with these paragraphs. */
    public static List<String> passageTexts(List<String> paragraphs, int minChars, int maxChars) {
        return new PassageSplitter(minChars, maxChars).pack(paragraphs);
    }

    private static SearchProperties properties(Path indexDir) {
        return new SearchProperties(indexDir, Path.of("index/dictionary/local-names.txt"),
                10, 20, 0.5, 0.25f, 0.5f, true, 100, 300);
    }
}
