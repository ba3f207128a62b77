package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rewriting rules, word by word, with the sample pages' index deciding which words are subjects. */
class FollowUpRewriterTest {

    static SearchService search;
    static FollowUpRewriter rewriter;

    @BeforeAll
    static void indexSamplePages() {
        search = SearchFixtures.samplePages();
        rewriter = new FollowUpRewriter(new SearchTermStatistics(search, SearchFixtures.tagger()));
    }

    @Nested
    class ABareNewSubject {

        @Test
        void takesThePlaceOfTheWordWithTheSameHead() {
            assertThat(rewriter.followUp("那文化馆呢？", "川汇区图书馆清凉空间免费提供啥药"))
                    .hasValue("川汇区文化馆清凉空间免费提供啥药");
            assertThat(rewriter.followUp("一次性化解率呢", "示范区信访群众满意率多少"))
                    .hasValue("示范区信访群众一次性化解率多少");
        }

        @Test
        void otherwiseTakesThePlaceOfTheSubjectNounsAndKeepsPlaceAndAskedForPart() {
            assertThat(rewriter.followUp("高龄补贴呢", "示范区截至7月发了多少低保金"))
                    .hasValueSatisfying(text -> assertThat(text).startsWith("示范区").contains("高龄补贴", "多少")
                            .doesNotContain("低保"));
        }
    }

    @Nested
    class AQuestionLeaningOnTheLastOne {

        @ParameterizedTest
        @CsvSource({
                "那一共多少人领到了？, 困难毕业生补贴总共发了多少钱, 一共多少人领到了",
                "它占地多大？, 周口大数据产业园是干啥的, 占地多大",
                "这个怎么申请, 困难毕业生求职创业补贴每人多少钱, 怎么申请",
        })
        void opensWithAPointerAndGetsTheLastSubjectInFront(String typed, String previous, String ownPart) {
            assertThat(rewriter.followUp(typed, previous)).hasValueSatisfying(text ->
                    assertThat(text).endsWith(ownPart + (typed.endsWith("？") ? "?" : ""))
                            .hasSizeGreaterThan(ownPart.length() + 1));
        }

        @Test
        void withoutASubjectOfItsOwnGetsTheLastSubjectInFront() {
            assertThat(rewriter.followUp("什么时候开始发的", "困难毕业生补贴总共发了多少钱"))
                    .hasValueSatisfying(text -> assertThat(text).contains("毕业生", "补贴").endsWith("什么时候开始发的"));
        }
    }

    @Nested
    class AQuestionThatStandsOnItsOwn {

        @ParameterizedTest
        @CsvSource({
                "项城市便民服务微信群进群群众有多少人？, 困难毕业生补贴每人多少",
                "川汇区上半年一般公共预算支出完成了多少？, 川汇区图书馆清凉空间有啥免费药",
                "周口东新医院眼科主任获得了什么荣誉？, 示范区低保金发了多少",
        })
        void isLeftAsTyped(String typed, String previous) {
            assertThat(rewriter.followUp(typed, previous)).isEmpty();
        }
    }
}
