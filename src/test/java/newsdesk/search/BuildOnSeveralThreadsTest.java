package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsdesk.ingest.Article;
import newsdesk.ingest.SamplePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build's passages are analysed and added on several threads, so they land in the index in no fixed
 * order; what a reader finds must not depend on it.
 */
class BuildOnSeveralThreadsTest {

    private static final List<String> QUESTIONS = List.of(
            "困难毕业生补贴每人多少钱", "征兵报名时间", "人居环境整治", "文化馆开放时间", "李寨乡", "川汇区的项目",
            "秸秆综合利用", "医保", "就业", "周口港");

    @TempDir
    Path folder;

    @Test
    void aBuildOnTwoThreadsFindsTheSamePassagesInTheSameOrderAsOneOnOneThread() throws Exception {
        Map<String, List<Article>> pages = SamplePages.articles().stream()
                .collect(Collectors.groupingBy(Article::source, LinkedHashMap::new, Collectors.toList()));

        Map<String, List<String>> oneThread = foundAfterABuild(pages, 1, folder.resolve("one"));
        Map<String, List<String>> twoThreads = foundAfterABuild(pages, 2, folder.resolve("two"));

        assertThat(oneThread.values()).allSatisfy(found -> assertThat(found).isNotEmpty());
        assertThat(twoThreads).isEqualTo(oneThread);
    }

    @Test
    void theArticlesOfAPageFileComeBackInPageOrderAfterABuildOnTwoThreads() throws Exception {
        Map<String, List<Article>> pages = SamplePages.articles().stream()
                .collect(Collectors.groupingBy(Article::source, LinkedHashMap::new, Collectors.toList()));
        try (SearchService search = build(pages, 2, folder.resolve("order"))) {
            pages.forEach((source, articles) -> assertThat(search.articlesOf(source)).extracting(Article::id)
                    .containsExactlyElementsOf(articles.stream().map(Article::id).toList()));
        }
    }

    private static Map<String, List<String>> foundAfterABuild(Map<String, List<Article>> pages, int threads, Path dir)
            throws Exception {
        try (SearchService search = build(pages, threads, dir)) {
            Map<String, List<String>> found = new LinkedHashMap<>();
            for (String question : QUESTIONS) {
                found.put(question, search.search(question, 10, Ranking.LEXICAL).stream()
                        .map(hit -> hit.passage().passageId() + " " + hit.score()).toList());
            }
            return found;
        }
    }

    /**
     * Two commits, as a refresh makes them: the first two page files, then the rest; then the vectors, which
     * replace every passage's document (the deleted ones must not count in BM25 afterwards either).
     */
    private static SearchService build(Map<String, List<Article>> pages, int threads, Path dir) {
        SearchService search = new SearchService(
                SearchFixtures.properties(dir, SearchFixtures.SYNONYM_BOOST, SearchFixtures.HOMOPHONE_BOOST, threads),
                TestModels.SETTINGS, TestAnalysis.ANALYZERS, TestModels.EMBEDDER, TestAnalysis.WORDING,
                TestAnalysis.TAGGER);
        List<String> sources = List.copyOf(pages.keySet());
        try (IndexBuild build = search.startBuild(true, () -> false)) {
            build.commit(subset(pages, sources.subList(0, 2)), Set.of(), Map.of());
            build.commit(subset(pages, sources.subList(2, sources.size())), Set.of(), Map.of());
        }
        search.fillVectors(() -> false, progress -> { });
        return search;
    }

    private static Map<String, List<Article>> subset(Map<String, List<Article>> pages, List<String> sources) {
        Map<String, List<Article>> subset = new LinkedHashMap<>();
        sources.forEach(source -> subset.put(source, pages.get(source)));
        return subset;
    }
}
