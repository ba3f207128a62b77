package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import newsdesk.ingest.Article;
import newsdesk.ingest.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are searchable by BM25 as soon as their lexical commit is made; the vectors come afterwards in
 * committed batches, a stopped fill goes on where it stopped, and the dense re-rank starts only once
 * the policy's passages all have their vector.
 */
class VectorsAfterTheLexicalCommitTest {

    private static final String QUESTION = "困难毕业生补贴每人多少钱？";

    @TempDir
    Path indexDir;

    @Test
    void questionsAreAnsweredLexicallyUntilTheStoppedFillIsResumedAndDone() throws Exception {
        try (SearchService search = SearchFixtures.servedWith(indexDir, settings(VectorPolicy.ALL, 365))) {
            commitLexically(search, GoldenCorpus.articles());
            assertThat(search.vectorProgress()).isEqualTo(new VectorProgress(VectorPolicy.ALL, 0, 31));
            assertThat(search.search(QUESTION, 1).getFirst().cosine()).as("BM25 alone").isNaN();

            AtomicBoolean stop = new AtomicBoolean();
            VectorProgress stopped = search.fillVectors(stop::get, batch -> stop.set(true));
            assertThat(stopped.embedded()).as("one batch committed before the stop").isEqualTo(8);
            assertThat(search.search(QUESTION, 1).getFirst().cosine()).as("still BM25 alone").isNaN();

            VectorProgress resumed = search.fillVectors(() -> false, batch -> { });
            assertThat(resumed).isEqualTo(new VectorProgress(VectorPolicy.ALL, 31, 31));
            assertThat(search.search(QUESTION, 1).getFirst().cosine()).as("re-ranked by the vectors").isNotNaN();
            assertThat(search.coverage().articles()).isEqualTo(12);
        }
    }

    @Test
    void theRecentPolicyCoversOnlyPagesNearTheLatestOne() throws Exception {
        List<Article> articles = GoldenCorpus.articles();
        List<Article> dated = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            dated.add(withDate(articles.get(i), i < 6 ? "2024-01-01" : "2025-01-01"));
        }
        try (SearchService search = SearchFixtures.servedWith(indexDir, settings(VectorPolicy.RECENT, 30))) {
            commitLexically(search, dated);
            VectorProgress done = search.fillVectors(() -> false, batch -> { });

            long recentPassages = dated.subList(6, 12).stream()
                    .mapToLong(article -> new PassageSplitter(100, 300).split(article).size()).sum();
            assertThat(done).isEqualTo(new VectorProgress(VectorPolicy.RECENT, recentPassages, recentPassages));
            assertThat(recentPassages).isPositive().isLessThan(31);
        }
    }

    @Test
    void theNonePolicyNeverRunsTheModel() throws Exception {
        try (SearchService search = SearchFixtures.servedWith(indexDir, settings(VectorPolicy.NONE, 365))) {
            commitLexically(search, GoldenCorpus.articles());
            assertThat(search.fillVectors(() -> false, batch -> { }))
                    .isEqualTo(new VectorProgress(VectorPolicy.NONE, 0, 0));
            assertThat(search.search(QUESTION, 1).getFirst().cosine()).isNaN();
        }
    }

    private static EmbeddingProperties settings(VectorPolicy policy, int recentDays) {
        return new EmbeddingProperties(0, 1, policy, recentDays, 8, true);
    }

    private static void commitLexically(SearchService search, List<Article> articles) {
        Map<String, List<Article>> bySource = new LinkedHashMap<>();
        articles.forEach(article -> bySource.computeIfAbsent(article.source(), source -> new ArrayList<>())
                .add(article));
        try (IndexBuild build = search.startBuild(true, () -> false)) {
            build.commit(bySource, Set.of(), Map.of());
        }
    }

    private static Article withDate(Article a, String date) {
        return new Article(a.id(), a.source(), a.position(), PublicationDate.parse(date), a.page(), a.edition(),
                a.section(), a.title(), a.subtitle(), a.reporters(), a.kind(), a.paragraphs(), a.captions(),
                a.continuedOn(), a.reprintedFrom());
    }
}
