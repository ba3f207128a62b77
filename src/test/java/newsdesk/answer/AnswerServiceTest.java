package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers over the real index of the five sample pages. */
class AnswerServiceTest {

    private static final String GRADUATE_SUBSIDY_ARTICLE = "000_8d4900da70319227-06-e65b1693";

    static SearchService search;
    static AnswerService answers;

    @BeforeAll
    static void indexSamplePages() {
        search = SearchFixtures.samplePages();
        answers = AnswerFixtures.over(search);
    }

    @Test
    void quotesTheSentenceWithTheAmountAndCitesItsArticleFirst() {
        Answer answer = answers.answer("困难毕业生补贴每人多少钱？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每人2000元");
        assertThat(answer.citations().getFirst()).satisfies(citation -> {
            assertThat(citation.articleId()).isEqualTo(GRADUATE_SUBSIDY_ARTICLE);
            assertThat(citation.title()).isEqualTo("我市发放困难毕业生求职创业补贴963.6万元");
            assertThat(citation.page()).isEqualTo(1);
            assertThat(citation.source()).isEqualTo("000_8d4900da70319227.txt");
            assertThat(citation.excerpt()).isEqualTo(answer.answer());
        });
    }

    @Test
    void quotesOnlySentencesPrintedInTheArticle() {
        Answer answer = answers.answer("川汇区哪里可以免费避暑？");

        assertThat(answer.answered()).isTrue();
        String body = answers.article(answer.citations().getFirst().articleId()).orElseThrow().body();
        assertThat(body).contains(answer.answer());
        // The article names the cool places opened for free: two halls, a square and the pocket parks (游园), which
        // sample-pages.jsonl accepts for the same need.
        assertThat(answer.answer()).containsAnyOf("图书馆", "文化馆", "扬帆广场", "游园");
    }

    @Test
    void answersATraditionalQuestionFromTheSimplifiedArticle() {
        Answer answer = answers.answer("困難畢業生補貼每人多少錢？");

        assertThat(answer.answered()).isTrue();
        assertThat(answer.answer()).contains("每人2000元");
    }

    @Test
    void citesEachArticleAtMostOnce() {
        Answer answer = answers.answer("示范区红色物业示范点有哪些？");

        assertThat(answer.citations()).extracting(Citation::articleId).doesNotHaveDuplicates();
    }

    @Test
    void showsTheFullArticleBehindACitation() {
        assertThat(answers.article(GRADUATE_SUBSIDY_ARTICLE)).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo("我市发放困难毕业生求职创业补贴963.6万元");
            assertThat(article.paragraphs()).hasSize(3);
        });
        assertThat(answers.article("no-such-article")).isEmpty();
    }

    @Test
    void summarisesWhatThePaperOnFileCovers() {
        CorpusSummary summary = answers.summary();

        assertThat(summary.articles()).isEqualTo(41);
        assertThat(summary.pageFiles()).isEqualTo(5);
        assertThat(summary.firstDate().printed()).as("the earliest sample, July 2023 by its text").isEqualTo("2023年7月（推断）");
        assertThat(summary.lastDate().printed()).isEqualTo("2024年3月（推断）");
    }

    @Nested
    class ThreeOutcomes {

        @Test
        void aCoveredTopicWithoutTheAskedHourIsNotStatedAndCitesTheClosestArticle() {
            Answer answer = answers.answer("川汇区图书馆每天几点开放？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
            assertThat(answer.answered()).isFalse();
            assertThat(answer.answer()).startsWith("报纸上关于").contains("没有写明具体时间");
            assertThat(answer.citations()).singleElement().satisfies(closest -> {
                assertThat(answer.answer()).contains(closest.title());
                assertThat(answers.article(closest.articleId()).orElseThrow().body()).contains(closest.excerpt());
            });
        }

        @Test
        void aPhoneNumberThePaperNeverPrintsIsNotStated() {
            Answer answer = answers.answer("困难毕业生求职创业补贴的咨询电话是多少？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
            assertThat(answer.answer()).contains("联系电话");
        }

        @Test
        void howToApplyForSomethingThePaperOnlyNamesIsNotStated() {
            Answer answer = answers.answer("智慧岛人才公寓咋申请？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
            assertThat(answer.answer()).contains("没有写明办理的方法和步骤");
        }

        @Test
        void howSomethingWasDoneIsAnsweredFromTheReport() {
            Answer answer = answers.answer("困难毕业生的补贴是怎么发下去的？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("银行代发");
        }

        @Test
        void aRoleWhoseHolderThePaperNeverNamesIsNotStated() {
            Answer answer = answers.answer("省委第十六巡回督导组的组长是谁？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
            assertThat(answer.answer()).contains("相关人员的姓名");
        }

        @Test
        void anotherCitysSubsidyIsNotAnsweredWithThisCitysAmount() {
            Answer answer = answers.answer("郑州市困难毕业生求职创业补贴每人多少钱？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        }

        @Test
        void aFirmCountIsAnsweredWhenTheCitizenSaysCompanyAndThePaperSaysEnterprise() {
            Answer answer = answers.answer("周口“智慧岛”上现在落户了多少家公司？", LocalDate.of(2024, 3, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("1728家");
        }

        @Test
        void theClosestSentenceAnswersInOtherWordsThanTheQuestions() {
            Answer answer = answers.answer("示范区查有没有返贫户的时候，人手拆成了多少个小队？", LocalDate.of(2023, 8, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("49个排查工作小组");
        }

        @Test
        void aQuoteIsAnsweredForTheSpeakerTheNextSentenceNames() {
            Answer answer = answers.answer("西华２２３国道那段坏路，听开货车的师傅说修了多长？", LocalDate.of(2024, 3, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("几百米");
        }

        @Test
        void whoSaidAQuoteIsAnsweredWithTheQuoteAndTheSentenceNamingTheSpeaker() {
            Answer answer = answers.answer("觉得搬口办事处提供免费停车服务很好，这话是谁说的？", LocalDate.of(2024, 3, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("免费停车服务").endsWith("名都社区的王先生说。");
        }

        @Test
        void aFactOfANamedPersonIsNotAnsweredBySentencesThatNeverNameThem() {
            Answer answer = answers.answer("议事代表沈冲冲是在哪个单位上班的？", LocalDate.of(2024, 3, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
        }

        @Test
        void aFactOfANamedPersonIsAnsweredWhereTheSentenceNamesThem() {
            Answer answer = answers.answer("11月3号张建慧去淮阳调研去了哪几个村", LocalDate.of(2023, 11, 20));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("张建慧").containsAnyOf("刘老家村", "王营子村");
        }

        @Test
        void oneSingledOutPartIsNotAnsweredWithTheTotalOfAList() {
            Answer answer = answers.answer("川汇区今年上半年光教育这一块花了多少钱？", LocalDate.of(2023, 7, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
        }

        @Test
        void whatOneGraduateCanReceiveIsAnsweredWithTheRateNotTheCitysTotal() {
            Answer answer = answers.answer("家里经济困难的应届毕业生找工作能领到多少补助？", LocalDate.of(2024, 3, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("每人2000元").doesNotContain("963.6万元");
        }

        @Test
        void aYesNoQuestionIsAnsweredByTheSentenceSayingWhetherNotByOneAboutTheTopic() {
            Answer answer = answers.answer("在川汇区图书馆里吹冷气、连网、喝水，要掏钱不？", LocalDate.of(2023, 7, 31));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("免费提供");
        }

        @Test
        void aYesNoQuestionInThePapersOwnWordKeepsTheSentenceThatSaysWhether() {
            Answer answer = answers.answer("有就业意愿也能干活的监测对象，是不是都给安排上工作了", LocalDate.of(2023, 8, 25));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("全部实现就业");
        }

        @Test
        void theStreetsOwnArticleAnswersThoughAnotherArticlePrintsAnEquallyRareWordOfTheQuestion() {
            Answer answer = answers.answer("城北街道整治村里卫生，拉走的破烂脏东西有多少方？", LocalDate.of(2023, 12, 1));

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
            assertThat(answer.answer()).contains("3600余立方米");
        }

        @Test
        void anAmountThatIsPrintedIsAnswered() {
            Answer answer = answers.answer("困难毕业生补贴每人多少钱？");

            assertThat(answer.status()).isEqualTo(AnswerStatus.ANSWERED);
        }

        @Test
        void theExplanationListsEveryFeatureAndAddsUpToTheScore() {
            List<AnswerService.Explained> explained = answers.explain("困难毕业生补贴每人多少钱？", 3);

            assertThat(explained).hasSize(3);
            AnswerService.Explained best = explained.getFirst();
            assertThat(best.sentence()).contains("每人2000元");
            assertThat(best.parts()).extracting(SentenceWeights.Contribution::feature)
                    .containsExactlyElementsOf(SentenceFeatures.NAMES);
            assertThat(best.parts().stream().mapToDouble(SentenceWeights.Contribution::points).sum())
                    .isCloseTo(best.score(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Nested
    class Abstention {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"北京明天天气怎么样？", "护照怎么办理？", "最新款苹果手机多少钱？", "What is the capital of France?"})
        void saysThePaperHasNoReportAndOffersTheClosestArticles(String question) {
            Answer answer = answers.answer(question);

            assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
            assertThat(answer.answer()).isEqualTo(AnswerDefaults.PROPERTIES.noAnswerText());
        }
    }

    @Nested
    class StrangeInput {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"", "   ", "？？？!!!", "😀😀🎉", "\" ( * AND \\ OR NOT title:x~2", "'; DROP TABLE articles; --",
                "<script>alert('补贴')</script>", "<b>补贴</b> & 清凉空间"})
        void getsAPoliteAnswerOrAbstentionNeverAnException(String question) {
            Answer answer = answers.answer(question);

            assertThat(answer.answer()).isNotBlank();
            assertThat(answer.question()).isEqualTo(question.strip());
        }

        @Test
        void aTenThousandCharacterQuestionIsAnsweredQuickly() {
            Answer answer = answers.answer("困难毕业生补贴".repeat(1_500));

            assertThat(answer.answered()).isTrue();
            assertThat(answer.answer()).contains("困难毕业生");
        }

        @Test
        void anEmptyQuestionAsksForAQuestion() {
            Answer answer = answers.answer("");

            assertThat(answer.answered()).isFalse();
            assertThat(answer.answer()).isEqualTo(AnswerDefaults.PROPERTIES.emptyQuestionText());
            assertThat(answer.citations()).isEmpty();
        }
    }
}
