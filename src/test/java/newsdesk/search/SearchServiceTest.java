package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchServiceTest {

    @TempDir
    static Path indexDir;

    static SearchService search;
    static IndexSummary built;

    @BeforeAll
    static void buildGoldenIndex() {
        search = SearchFixtures.servedWith(indexDir, SearchFixtures.SYNONYM_BOOST, SearchFixtures.HOMOPHONE_BOOST);
        built = search.rebuild(GoldenCorpus.articles());
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    private static List<String> topIds(String question, int k) {
        return search.search(question, k).stream().map(hit -> hit.passage().passageId()).toList();
    }

    @Test
    void countsArticlesAndPassagesOfTheBuild() {
        assertThat(built.articles()).isEqualTo(12);
        assertThat(built.passages()).isEqualTo(31);
        assertThat(built.embedded()).isTrue();
        assertThat(search.coverage().articles()).isEqualTo(12);
    }

    @Test
    void findsTheSubsidyAmountPassageFirst() {
        assertThat(topIds("困难毕业生补贴每人多少钱？", 2)).containsExactly(
                "000_8d4900da70319227-06-e65b1693#1", "000_8d4900da70319227-06-e65b1693#0");
    }

    @Test
    void findsTheCoolingSpacesOfChuanhuiDistrict() {
        assertThat(topIds("川汇区哪里可以免费避暑？", 1)).containsExactly("001_1e8b83b8a78d0517-02-162c8792#0");
    }

    @Test
    void findsTheSimplifiedArticleForATraditionalQuestion() {
        assertThat(topIds("川匯區哪裡可以免費避暑？", 1)).containsExactly("001_1e8b83b8a78d0517-02-162c8792#0");
    }

    @Test
    void findsProgrammeNamesAndTopics() {
        assertThat(topIds("红色物业示范点有哪些", 1)).containsExactly("002_c583b74fb9e7868d-05-38bf246e#1");
        assertThat(topIds("征兵宣传", 1)).containsExactly("004_de095c37571e801a-07-30b44710#1");
    }

    @Test
    void ranksTheSameWayWithoutTheDenseModelForTheseQuestions() {
        assertThat(search.search("困难毕业生补贴每人多少钱？", 1, Ranking.LEXICAL))
                .extracting(hit -> hit.passage().passageId()).containsExactly("000_8d4900da70319227-06-e65b1693#1");
        assertThat(search.search("川汇区哪里可以免费避暑？", 1, Ranking.LEXICAL))
                .extracting(hit -> hit.passage().passageId()).containsExactly("001_1e8b83b8a78d0517-02-162c8792#0");
    }

    @Test
    void reportsLexicalScoreAndCosineOfEachHit() {
        PassageHit top = search.search("困难毕业生补贴每人多少钱？", 1).getFirst();
        assertThat(top.lexicalScore()).isPositive();
        assertThat(top.cosine()).isBetween(0.5, 1.0);
        assertThat(top.score()).isEqualTo(0.5 * 1.0 + 0.5 * top.cosine(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(top.passage().title()).isEqualTo("我市发放困难毕业生求职创业补贴963.6万元");
        assertThat(top.passage().source()).isEqualTo("000_8d4900da70319227.txt");
    }

    @Test
    void aReRankedHitCarriesTheQuestionsCosineWithEachOfItsSentencesAndTheAmountsSentenceIsClosest() {
        PassageHit top = search.search("困难毕业生补贴每人多少钱？", 1).getFirst();
        List<String> sentences = new newsdesk.text.SentenceSplitter().split(top.passage().text());

        assertThat(top.sentenceCosines()).hasSize(sentences.size());
        int closest = 0;
        for (int i = 1; i < sentences.size(); i++) {
            closest = top.sentenceCosines()[i] > top.sentenceCosines()[closest] ? i : closest;
        }
        assertThat(sentences.get(closest)).contains("每人2000元");
        // Ranked by BM25 alone the question is not embedded, so there is nothing to compare the sentences with.
        assertThat(search.search("困难毕业生补贴每人多少钱？", 1, Ranking.LEXICAL).getFirst().sentenceCosines()).isEmpty();
    }

    @Test
    void aPassageEmbeddedByARefreshAndTheSameTextAskedAsAQuestionGetTheSameUnitVector() {
        float[] asked = TestModels.EMBEDDER.embed("补贴标准为每人2000元");
        PassageVectors indexed = TestModels.EMBEDDER.embedForIndex(new Passage("a#0", "a", "",
                newsdesk.ingest.PublicationDate.UNKNOWN, null, "a.txt", "news", "补贴标准为每人2000元"));
        assertThat(asked).hasSize(512);
        assertThat(Embedder.dot(asked, asked)).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(Embedder.dot(asked, indexed.passage())).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
        // Without a headline to stand under, the one sentence's stored bytes give back the same cosine, to within
        // their rounding.
        double[] sentences = SentenceVectors.cosines(asked, indexed.sentences());
        assertThat(sentences).hasSize(1);
        assertThat(sentences[0]).isCloseTo(1.0, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void returnsAtMostKHits() {
        assertThat(search.search("示范区", 3)).hasSize(3);
        assertThat(search.search("示范区", 0)).isEmpty();
    }

    @Nested
    class StrangeQuestions {

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "？？？！！！", "😀🎉👍", "……——“”", "\u0000\t\n"})
        void withoutSearchableWordsFindNothing(String question) {
            assertThat(search.search(question, 5)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\" ( * AND \\", "OR NOT title:川汇区~2 +补贴 -钱 ^3 [a TO z] {x}",
                "'; DROP TABLE passages; --", "<script>alert('川汇区')</script>", "SELECT * FROM articles WHERE 1=1",
                "Where can I cool down for free in Chuanhui?", "C++ (入门)", "/川汇区/ && || ! : ? ~"})
        void withQuerySyntaxSqlHtmlOrEnglishNeverThrow(String question) {
            assertThat(search.search(question, 5)).hasSizeLessThanOrEqualTo(5);
        }

        @Test
        void treatsQuerySyntaxAroundWordsAsPlainText() {
            assertThat(search.search("\"川汇区\" AND (免费 避暑*)", 1)).extracting(hit -> hit.passage().articleId())
                    .containsExactly("001_1e8b83b8a78d0517-02-162c8792");
        }

        @Test
        void cutsAVeryLongQuestionInsteadOfFailing() {
            String question = "川汇区哪里可以免费避暑？" + "很长的问题，".repeat(2000);
            assertThat(question).hasSizeGreaterThan(10_000);
            assertThat(topIds(question, 1)).containsExactly("001_1e8b83b8a78d0517-02-162c8792#0");
        }

        @Test
        void answersAnEnglishQuestionFromTheNearestVectorsOnly() {
            List<PassageHit> hits = search.search("graduate subsidy", 3);
            assertThat(hits).hasSizeLessThanOrEqualTo(3).allSatisfy(hit -> assertThat(hit.lexicalScore()).isZero());
        }
    }
}
