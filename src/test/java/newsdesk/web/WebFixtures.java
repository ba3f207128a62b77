package newsdesk.web;

import newsdesk.answer.AnswerStatus;
import java.time.LocalDate;
import java.util.List;
import newsdesk.admin.PageStatus;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.Edition;
import newsdesk.answer.Citation;
import newsdesk.answer.CorpusSummary;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.ArticleMatch;
import newsdesk.search.ArticleResults;

/** Named answers, articles and results for the web slice tests, modelled on the sample front page. */
final class WebFixtures {

    static final String GRADUATE_SUBSIDY_ID = "000_8d4900da70319227-06-e65b1693";
    static final String GRADUATE_SUBSIDY_TITLE = "我市发放困难毕业生求职创业补贴963.6万元";
    static final String SUBSIDY_SENTENCE = "补贴标准为每人2000元，一次性发放。";
    static final String FRONT_PAGE = "000_8d4900da70319227.txt";
    static final PublicationDate FRONT_PAGE_DATE = PublicationDate.day(LocalDate.of(2023, 11, 3));

    private WebFixtures() {
    }

    static Answer graduateSubsidyAnswer() {
        return new Answer("困难毕业生补贴每人多少钱？", AnswerStatus.ANSWERED, SUBSIDY_SENTENCE,
                List.of(new Citation(GRADUATE_SUBSIDY_ID, GRADUATE_SUBSIDY_TITLE, FRONT_PAGE_DATE, 1, FRONT_PAGE,
                        SUBSIDY_SENTENCE, 1.6)), 42);
    }

    /** The paper covers the subsidy but prints no phone number. */
    static Answer subsidyPhoneNotStated() {
        return new Answer("困难毕业生补贴的咨询电话是多少？", AnswerStatus.NOT_STATED,
                "报纸上关于“" + GRADUATE_SUBSIDY_TITLE + "”的报道没有写明联系电话。",
                List.of(new Citation(GRADUATE_SUBSIDY_ID, GRADUATE_SUBSIDY_TITLE, FRONT_PAGE_DATE, 1, FRONT_PAGE,
                        SUBSIDY_SENTENCE, 0.9)), 12);
    }

    /** A broad question's answer: two articles, newest first, each with the sentence that says what it is. */
    static Answer policyList() {
        return new Answer("有哪些惠民政策？", AnswerStatus.ANSWERED, "报纸上的相关报道（最新的在前）：", List.of(
                new Citation(GRADUATE_SUBSIDY_ID, GRADUATE_SUBSIDY_TITLE, FRONT_PAGE_DATE, 1, FRONT_PAGE,
                        SUBSIDY_SENTENCE, 3.1),
                new Citation("003_9250a1ad65b93bfc-05-4d5e6f70", "“五个确保”筑牢防止返贫底线",
                        PublicationDate.parse("2023-08").asInferred(true), null, "003_9250a1ad65b93bfc.txt",
                        "该区组建防止返贫监测帮扶政策宣讲志愿服务队，向群众宣传各种惠民政策。", 2.4)),
                20, null, AnswerKind.LIST);
    }

    /** The newest edition: the front page's two headlines, then a page whose number nobody knows. */
    static Edition frontPageEdition() {
        return new Edition(FRONT_PAGE_DATE, List.of(
                new Edition.Page(1, List.of(new Edition.Headline(GRADUATE_SUBSIDY_ID, GRADUATE_SUBSIDY_TITLE),
                        new Edition.Headline("000_8d4900da70319227-07-0badc0de", "整修道路保畅通"))),
                new Edition.Page(null, List.of(new Edition.Headline("000_8d4900da70319227-09-feedface", "郸城：“七个专项行动”")))));
    }

    static Answer abstentionWithSuggestion() {
        return new Answer("火星上有图书馆吗？", AnswerStatus.NONE, "抱歉，报纸上没有找到与这个问题相关的报道。",
                List.of(new Citation("001_1e8b83b8a78d0517-02-0a1b2c3d", "清凉空间开放", PublicationDate.UNKNOWN, null,
                        "001_1e8b83b8a78d0517.txt", "图书馆免费开放。", 0.2)), 17);
    }

    static Article graduateSubsidyArticle() {
        return new Article(GRADUATE_SUBSIDY_ID, FRONT_PAGE, 6, FRONT_PAGE_DATE, 1, null, null,
                GRADUATE_SUBSIDY_TITLE, "", List.of("李明"), ArticleKind.NEWS,
                List.of("本报讯 近日，我市向困难毕业生发放求职创业补贴963.6万元。" + SUBSIDY_SENTENCE,
                        "据悉，补贴资金已通过银行代发。"),
                List.of(), null, null);
    }

    static Article articleWithMarkupInItsText() {
        return new Article("x-1", "x.txt", 1, PublicationDate.UNKNOWN, null, null, null, "<script>alert(1)</script>标题", "",
                List.of(), ArticleKind.NEWS, List.of("正文<b>不是标记</b>"), List.of(), null, null);
    }

    static ArticleResults subsidySearchResults() {
        return new ArticleResults(12, 1, 10, List.of(new ArticleMatch(GRADUATE_SUBSIDY_ID, GRADUATE_SUBSIDY_TITLE,
                FRONT_PAGE_DATE, 1, FRONT_PAGE, List.of(), "近日，我市发放困难毕业生求职创业补贴。", List.of("补贴"), 3.2)));
    }

    static ArticleResults noResults() {
        return new ArticleResults(0, 1, 10, List.of());
    }

    static List<PageStatus> indexedAndSkippedPages() {
        return List.of(new PageStatus(FRONT_PAGE, FRONT_PAGE_DATE, 1, 8, PageStatus.State.INDEXED, null),
                new PageStatus("empty.txt", PublicationDate.UNKNOWN, null, 0, PageStatus.State.SKIPPED, "the file is empty"));
    }

    static CorpusSummary samplePagesSummary() {
        return new CorpusSummary(41, 5, PublicationDate.UNKNOWN, PublicationDate.UNKNOWN);
    }
}
