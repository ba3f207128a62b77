package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Segmentation of realistic snippets of the sample pages, one behaviour each. */
class ArticleSegmentationTest {

    private final IngestService ingest = IngestFixtures.ingestService();

    private List<Article> parse(String page) throws PageRejectedException {
        return ingest.articlesOf(new PageText(Path.of("snippet.txt"), page, StandardCharsets.UTF_8), PageMetadata.UNKNOWN);
    }

    @Test
    void rejoinsASentenceThatAColumnBreakSplitAcrossABlankLine() throws Exception {
        List<Article> articles = parse("""
                我市发放困难毕业生求职创业补贴963.6万元
                ������本报讯 （记者马月红李一） 11月
                1 日， 记者从市人社局了解到，2024
                毕业学年困难毕业生求职创业补贴

                发放工作已经完成，我市共为符合条
                件的 4818 名困难毕业生发放补贴资
                金 963.6 万元。
                """);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("我市发放困难毕业生求职创业补贴963.6万元");
            assertThat(article.reporters()).containsExactly("马月红李一");
            assertThat(article.paragraphs()).containsExactly(
                    "11月1日，记者从市人社局了解到，2024毕业学年困难毕业生求职创业补贴发放工作已经完成，"
                            + "我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。");
        });
    }

    @Test
    void keepsACrossHeadAsItsOwnParagraphInsteadOfGluingItToTheLead() throws Exception {
        List<Article> articles = parse("""
                党建领航风帆劲 奋楫笃行踏新程
                记者 姬慧洋

                ������鲜红的党旗，凝聚奋进力量，指
                引发展方向。

                党建引领谋发展

                确保中心工作落地见效

                基层党组织能力强不强， 抓重
                大任务落实是试金石，也是磨刀石。
                """);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.reporters()).containsExactly("姬慧洋");
            assertThat(article.paragraphs()).containsExactly(
                    "鲜红的党旗，凝聚奋进力量，指引发展方向。",
                    "党建引领谋发展",
                    "确保中心工作落地见效",
                    "基层党组织能力强不强，抓重大任务落实是试金石，也是磨刀石。");
        });
    }

    @Test
    void givesAReportPrintedWithoutHeadlineTheHeadlineBelowItsBody() throws Exception {
        List<Article> articles = parse("""
                新华社北京 11 月 3 日电 11月 3 日， 国家主席习近平
                向第五届中美友城大会致信。

                习近平向第五届中美友城大会致信
                 郸城：“七个专项行动”
                汇聚高质量发展强大动力
                本报讯 （记者 徐松 通讯员

                胡劲彬 ） 今年以来 ，郸城县坚持以学习贯彻
                主题教育引领高质量发展。

                （下转第二版）
                """);

        assertThat(articles).extracting(Article::title)
                .containsExactly("习近平向第五届中美友城大会致信", "郸城：“七个专项行动” 汇聚高质量发展强大动力");
        assertThat(articles.getFirst().paragraphs()).containsExactly("11月3日，国家主席习近平向第五届中美友城大会致信。");
        assertThat(articles.get(1).reporters()).containsExactly("徐松", "胡劲彬");
        assertThat(articles.get(1).continuedOn()).isEqualTo("第二版");
    }

    @Test
    void separatesAPhotoCaptionAndItsCreditFromTheArticleAbove() throws Exception {
        List<Article> articles = parse("""
                开展征兵宣传 激发青年入伍热情
                搬口街道

                ������本报讯 （记者 姬慧洋 通讯员

                孙建伟） 连日来， 搬口街道开展征兵宣传工作。

                民民兵兵为为群群众众讲讲解解征征兵兵政政策策。。 记者 姬慧洋 摄
                """);

        assertThat(articles).hasSize(2);
        assertThat(articles.getFirst()).satisfies(article -> {
            assertThat(article.title()).isEqualTo("开展征兵宣传 激发青年入伍热情");
            assertThat(article.subtitle()).isEqualTo("搬口街道");
            assertThat(article.reporters()).containsExactly("姬慧洋", "孙建伟");
            assertThat(article.body()).isEqualTo("连日来，搬口街道开展征兵宣传工作。");
        });
        assertThat(articles.get(1)).satisfies(photo -> {
            assertThat(photo.kind()).isEqualTo(ArticleKind.PHOTO);
            assertThat(photo.title()).isEmpty();
            assertThat(photo.body()).isEqualTo("民兵为群众讲解征兵政策。");
            assertThat(photo.reporters()).containsExactly("姬慧洋");
        });
    }

    @Test
    void marksAReprintAndKeepsItsNoteOutOfTheBody() throws Exception {
        List<Article> articles = parse("""
                河南项城织密基层便民服务网络
                倾听百姓诉求 及时解决难题

                □人民日报记者 毕京津 赵翰青

                截至目前，项城市共建便民服务
                微信群 2869 个 。

                （原载于 2023 年 11 月 2 日
                《人民日报》）
                """);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.kind()).isEqualTo(ArticleKind.REPRINT);
            assertThat(article.reprintedFrom()).isEqualTo("2023年11月2日《人民日报》");
            assertThat(article.reporters()).containsExactly("毕京津", "赵翰青");
            assertThat(article.body()).isEqualTo("截至目前，项城市共建便民服务微信群2869个。");
        });
    }

    @Test
    void readsAnOcrPageWithAsciiPunctuationAndConfusions() throws Exception {
        List<Article> articles = parse("""
                湖的代為極超為作些

                听,这深情的足音

                -示范区开展"调研察民情、走访办实事"入户大走访活动综述

                记者 姬慧洋 文/图

                志愿者记录群众反映的问题

                社区工作人员征集群众对"创文"工作的意见和建议

                为了不让"调研察民情、走访办 实事"人户大走访活动流于形式,一 项项具体方案和措施适时出台。
                """);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("听，这深情的足音");
            assertThat(article.subtitle()).isEqualTo("——示范区开展“调研察民情、走访办实事”入户大走访活动综述");
            assertThat(article.captions()).containsExactly("志愿者记录群众反映的问题", "社区工作人员征集群众对“创文”工作的意见和建议");
            assertThat(article.body()).isEqualTo("为了不让“调研察民情、走访办实事”入户大走访活动流于形式，一项项具体方案和措施适时出台。");
        });
    }

    @Test
    void givesTheSameIdsWhenThePageIsIngestedAgainAndNewOnesWhenItsTextChanges() {
        String page = IngestFixtures.samplePageText(IngestFixtures.FRONT_PAGE);
        List<String> first = ids(page);

        assertThat(ids(page)).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates().allMatch(id -> id.startsWith("snippet-"));
        List<String> edited = ids(page.replace("963.6 万元。", "963.7 万元。"));
        assertThat(edited).hasSameSizeAs(first).isNotEqualTo(first);
        assertThat(edited.getFirst()).isEqualTo(first.getFirst());
    }

    private List<String> ids(String page) {
        try {
            return parse(page).stream().map(Article::id).toList();
        } catch (PageRejectedException e) {
            throw new AssertionError(e);
        }
    }
}
