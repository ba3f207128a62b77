package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broad questions over the real index of the five sample pages: a list of articles, not one sentence. */
class BroadQuestionAnswersTest {

    static SearchService search;
    static AnswerService answers;

    @BeforeAll
    static void indexSamplePages() {
        search = SearchFixtures.samplePages();
        answers = AnswerFixtures.over(search);
    }

    @Test
    void aQuestionForReportsOnATopicListsTheArticlesOnIt() {
        Answer answer = answers.answer("“红色物业”的新闻有哪些？");

        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(answer.citations()).hasSizeGreaterThanOrEqualTo(2)
                .extracting(Citation::title)
                .anyMatch(title -> title.contains("“红色物业”助力文明城市创建"))
                .anyMatch(title -> title.contains("创建工作成绩优异"));
        assertThat(answer.citations()).allSatisfy(item -> {
            String body = answers.article(item.articleId()).orElseThrow().body();
            assertThat(body).as("each item's sentence is printed in its article").contains(item.excerpt());
        });
    }

    @Test
    void listsOneItemPerArticleNewestFirst() {
        Answer answer = answers.answer("有啥志愿服务活动");

        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.citations()).extracting(Citation::articleId).doesNotHaveDuplicates();
        assertThat(answer.citations()).extracting(item -> item.date().last())
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
    }

    @Test
    void aQuestionForTheNewsWithoutATopicListsTheNewestArticlesUpToTheSetting() {
        Answer answer = answers.answer("报纸讲了什么？");

        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.citations()).hasSize(AnswerDefaults.LISTS.maxItems());
        LocalDate newest = search.coverage().lastDate().last();
        assertThat(answer.citations().getFirst().date().last()).isEqualTo(newest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"学雷锋那天都有哪些医院去了？", "有哪些人评上了实践操作能手", "最近有啥给困难毕业生的补贴，一人多少钱",
            "困难毕业生补贴每人多少钱？", "川汇区图书馆进入7月以来开展了什么活动？"})
    void aQuestionAfterOneFactStaysAnOrdinaryAnswer(String question) {
        Answer answer = answers.answer(question);

        assertThat(answer.kind()).isEqualTo(AnswerKind.ANSWER);
    }

    @Test
    void aTopicThePaperDoesNotCoverIsAnEmptyListSayingSo() {
        Answer answer = answers.answer("有哪些航天发射活动？");

        assertThat(answer.kind()).isEqualTo(AnswerKind.LIST);
        assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void theNewestEditionListsTheNewestDatesArticlesByPage() {
        Edition edition = answers.newestEdition();

        assertThat(edition.date()).isEqualTo(search.coverage().lastDate());
        assertThat(edition.pages()).isNotEmpty();
        List<String> titles = edition.pages().stream().flatMap(page -> page.headlines().stream())
                .map(Edition.Headline::title).toList();
        assertThat(titles).contains("党建领航风帆劲 奋楫笃行踏新程");
    }
}
