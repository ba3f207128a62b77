package newsdesk.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The relevance rule's settings pinned on the 41 articles of the sample pages (README, "Subscriptions and
 * feeds", has the figures): for each topic, exactly the articles a reader following it should hear of. At the
 * defaults (coverage 0.8, two mentions unless the headline names it) every should-match article has coverage
 * 1.00, and the best article that should not match has 0.72 (川汇区 电商村) or a single passing mention.
 */
class TopicRelevanceCalibrationTest {

    private final TopicRelevance relevance = new TopicRelevance(SearchFixtures.samplePages(),
            new SubscriptionsProperties(true, 10, 0.8, 2, 10, 20, 20));
    private final List<TopicRelevance.ArticleWords> articles = SamplePages.articles().stream().map(relevance::words).toList();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            征兵          | 开展征兵宣传 激发青年入伍热情;民兵为群众讲解征兵政策。
            困难毕业生补贴 | 我市发放困难毕业生求职创业补贴963.6万元
            清凉空间      | 免费“清凉空间”撑起为民“遮阳伞”
            返贫          | “五个确保”筑牢防止返贫底线
            红色物业      | “红色物业”助力文明城市创建;党建领航风帆劲 奋楫笃行踏新程;示范区“红色物业”创建工作成绩优异
            学雷锋        | 传承雷锋精神 弘扬时代新风
            养老          | -
            足球          | -
            航天          | -
            """)
    void aTopicMatchesTheArticlesAboutItAndNotThoseThatMentionItInPassing(String topic, String expected) {
        TopicRelevance.TopicWords words = relevance.words(Topic.parse(topic).orElseThrow());

        List<String> matched = articles.stream().filter(article -> relevance.about(words, article))
                .map(article -> article.article().displayTitle()).toList();

        assertThat(matched).containsExactlyInAnyOrder(expected == null ? new String[0] : expected.split(";"));
    }
}
