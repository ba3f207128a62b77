package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.ingest.PublicationDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions in a resident's words on a tiny paper whose distractor article shares the question's
 * other words, so only the everyday-word list or the typo correction can put the right article first.
 */
class CitizenWordingSearchTest {

    private static final String SCHOOL = "a-school";
    private static final String PARENTS = "a-parents";
    private static final String SUBSIDY = "a-subsidy";
    private static final String GIFTS = "a-gifts";

    @TempDir
    static Path indexDir;

    static SearchService served;
    static SearchService withoutWording;

    @BeforeAll
    static void buildThePaper() throws IOException {
        SearchFixtures.indexOf(List.of(
                article(SCHOOL, "秋季入学", "符合条件的进城务工人员子女可在居住地就近入学，家长需在8月10日前提交材料。"),
                article(PARENTS, "学校召开家长会", "学校召开家长会，家长们就校门口道路拥堵提出建议，家长代表发言。"),
                article(SUBSIDY, "毕业生补贴", "我市为困难毕业生发放求职创业补贴，每人2000元，一次性发放到社会保障卡。"),
                article(GIFTS, "慰问", "慰问品每人一份，一次性发放到户。")), indexDir).close();
        served = SearchFixtures.servedWith(indexDir, SearchFixtures.SYNONYM_BOOST, SearchFixtures.HOMOPHONE_BOOST);
        withoutWording = SearchFixtures.servedWith(indexDir, 0f, 0f);
    }

    @AfterAll
    static void close() throws IOException {
        served.close();
        withoutWording.close();
    }

    private static Article article(String id, String title, String body) {
        return new Article(id, "test.txt", 0, PublicationDate.UNKNOWN, null, null, null, title, "", List.of(), ArticleKind.NEWS,
                List.of(body), List.of(), null, null);
    }

    private static String first(SearchService search, String question) {
        return search.search(question, 1, Ranking.LEXICAL).getFirst().passage().articleId();
    }

    @Test
    void aColloquialWordFindsTheArticleThatUsesTheOfficialWord() {
        String question = "学校的家长想知道娃在哪里上学？";

        assertThat(first(withoutWording, question)).isEqualTo(PARENTS);
        assertThat(first(served, question)).isEqualTo(SCHOOL);
        assertThat(served.alternativesIn(question)).containsEntry("娃", List.of("子女")).containsEntry("上学", List.of("入学"));
    }

    @Test
    void aHomophoneTypoFindsTheRightArticle() {
        String question = "补帖每人一次性发放吗？";

        assertThat(first(withoutWording, question)).isEqualTo(GIFTS);
        assertThat(first(served, question)).isEqualTo(SUBSIDY);
        assertThat(served.search(question, 1).getFirst().passage().articleId()).isEqualTo(SUBSIDY);
        assertThat(served.alternativesIn(question)).isEqualTo(Map.of("补帖", List.of("补贴")));
    }

    @Test
    void offersTheIndexedAlternativesOfAWordThatMisses() {
        assertThat(served.alternatives("娃")).containsExactly("子女");
        assertThat(served.alternatives("补帖")).containsExactly("补贴");
        assertThat(served.alternatives("找工作")).containsExactly("求职");
    }

    @Test
    void aWordThatIsInTheIndexIsNotExpanded() {
        assertThat(served.alternatives("子女")).isEmpty();
        assertThat(served.alternatives("家长")).isEmpty();
        assertThat(served.alternativesIn("学校召开家长会的建议")).isEmpty();
    }

    @Test
    void anEverydayWordThePaperUsesItselfIsNotExpanded(@TempDir Path otherDir) throws IOException {
        try (SearchService paperWithIt = SearchFixtures.indexOf(List.of(
                article("a-kids", "操场", "村里的娃在新操场上踢球。"),
                article(SCHOOL, "秋季入学", "符合条件的进城务工人员子女可在居住地就近入学。")), otherDir)) {
            assertThat(paperWithIt.alternatives("娃")).isEmpty();
            assertThat(paperWithIt.alternativesIn("娃在哪里上学")).doesNotContainKey("娃");
            // Search keeps the paper's own word, but a sentence that says 子女 still speaks of the 娃 asked about.
            assertThat(paperWithIt.everydayWordsFor("娃")).contains("子女");
        }
    }

    @Test
    void theOfficialWordWeighsLessThanTheQuestionsOwnWords() {
        var query = new QuestionQuery(TestAnalysis.ANALYZERS, 0.25f, 0.5f).build("娃在哪里", Map.of("子女", 0.5f));

        assertThat(query.toString()).contains("text_words:娃").contains("(text_words:子女)^0.5");
    }
}
