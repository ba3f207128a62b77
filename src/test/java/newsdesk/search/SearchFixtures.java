package newsdesk.search;

import java.nio.file.Path;
import java.util.List;
import newsdesk.ingest.Article;

/** A real search service over given articles, for tests of the features downstream of search. */
public final class SearchFixtures {

    /** The defaults of {@link SearchProperties}, which the fixtures serve with. */
    static final float SYNONYM_BOOST = 0.5f;
    static final float HOMOPHONE_BOOST = 1.0f;

    private SearchFixtures() {
    }

    /** An index in {@code indexDir} built from the articles, with vectors, served by the returned service. */
    public static SearchService indexOf(List<Article> articles, Path indexDir) {
        SearchService search = servedWith(indexDir, SYNONYM_BOOST, HOMOPHONE_BOOST);
        search.rebuild(articles, java.util.Map.of());
        return search;
    }

    /**
     * The bundled sample pages' index with vectors, built once per test JVM and shared by every test
     * that only reads it (building it costs seconds). Never close it.
     */
    public static SearchService samplePages() {
        return SamplePagesIndex.SEARCH;
    }

    /** Built on first use, so a test run that never asks for it does not pay for it. */
    private static final class SamplePagesIndex {
        static final SearchService SEARCH = indexOf(newsdesk.ingest.SamplePages.articles(), folder());

        private static Path folder() {
            try {
                return java.nio.file.Files.createDirectories(
                        Path.of("target", "test-indexes", "sample-pages-" + ProcessHandle.current().pid()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** A service over an empty folder: no index yet. */
    public static SearchService withoutIndex(Path indexDir) {
        return servedWith(indexDir, SYNONYM_BOOST, HOMOPHONE_BOOST);
    }

    /** The tagger over the same segment as the fixtures' analysis. */
    public static WordTagger tagger() {
        return TestAnalysis.TAGGER;
    }

    /** HanLP's thesaurus, read once for all tests. */
    public static Thesaurus thesaurus() {
        return TestAnalysis.THESAURUS;
    }

    /** The passage texts the index would hold for an article with these paragraphs. */
    public static List<String> passageTexts(List<String> paragraphs, int minChars, int maxChars) {
        return new PassageSplitter(minChars, maxChars).pack(paragraphs);
    }

    /** A service over the index in {@code indexDir} with the given weights of everyday words and typo corrections. */
    static SearchService servedWith(Path indexDir, float synonymBoost, float homophoneBoost) {
        return new SearchService(properties(indexDir, synonymBoost, homophoneBoost), TestModels.SETTINGS,
                TestAnalysis.ANALYZERS, TestModels.EMBEDDER, TestAnalysis.WORDING, TestAnalysis.TAGGER);
    }

    /** A service over the index in {@code indexDir} with the fixtures' weights and these embedding settings. */
    static SearchService servedWith(Path indexDir, EmbeddingProperties embedding) {
        return new SearchService(properties(indexDir, SYNONYM_BOOST, HOMOPHONE_BOOST), embedding,
                TestAnalysis.ANALYZERS, TestModels.EMBEDDER, TestAnalysis.WORDING, TestAnalysis.TAGGER);
    }

    /** Builds on one thread, as before builds had more: BuildOnSeveralThreadsTest checks that more finds the same. */
    static SearchProperties properties(Path indexDir, float synonymBoost, float homophoneBoost) {
        return properties(indexDir, synonymBoost, homophoneBoost, 1);
    }

    /** @param buildThreads as {@link SearchProperties#buildThreads()}: 0 is one per core */
    static SearchProperties properties(Path indexDir, float synonymBoost, float homophoneBoost, int buildThreads) {
        return new SearchProperties(indexDir, Path.of("index/dictionary/local-names.txt"),
                10, 20, 0.5, 0.25f, 0.5f, 100, 300,
                Path.of("index/dictionary/synonyms.txt"), synonymBoost, homophoneBoost, List.of("周口市", "周口"),
                buildThreads);
    }
}
