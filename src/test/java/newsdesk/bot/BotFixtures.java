package newsdesk.bot;

import newsdesk.answer.AnswerStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.CorpusSummary;
import newsdesk.answer.Edition;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.ingest.PublicationDate;

/** Named answers and articles the bot tests talk about, shaped like the sample pages'. */
final class BotFixtures {

    static final String VILLAGES_ID = "001_1e8b83b8a78d0517-04-3fa2c1d9e0";
    static final String PROPERTY_ID = "001_1e8b83b8a78d0517-07-9b1e55aa02";
    static final String HOSTILE_ID = "003_9250a1ad65b93bfc-02-77aa00bb11";

    private BotFixtures() {
    }

    static BotMessages shippedMessages() {
        return BotMessages.load(Path.of("bot-config/messages.yaml"));
    }

    static Citation villagesCitation() {
        return new Citation(VILLAGES_ID, "川汇区电商产业蓬勃发展", PublicationDate.day(LocalDate.of(2023, 7, 14)), 3,
                "001_1e8b83b8a78d0517.txt", "建设物流中心5个；打造电商村52个。", 7.5);
    }

    static Citation redPropertyCitation() {
        return new Citation(PROPERTY_ID, "红色物业让小区更温暖", PublicationDate.UNKNOWN, 3,
                "001_1e8b83b8a78d0517.txt", "“红色物业”把党支部建在小区里。", 4.1);
    }

    static Answer villagesAnswer() {
        return new Answer("川汇区建了多少个电商村？", AnswerStatus.ANSWERED, "建设物流中心5个；打造电商村52个。",
                List.of(villagesCitation(), redPropertyCitation()), 12);
    }

    /** The paper covers 电商村 but prints no phone number. */
    static Answer notStatedPhone() {
        return new Answer("电商村的咨询电话是多少？", AnswerStatus.NOT_STATED,
                "报纸上关于“郸城县电商产业”的报道没有写明联系电话。", List.of(villagesCitation()), 8);
    }

    static Answer abstentionWithSuggestions() {
        return new Answer("周口明天下雨吗？", AnswerStatus.NONE, "报纸上没有找到相关报道",
                List.of(villagesCitation(), redPropertyCitation()), 9);
    }

    /** An article and answer full of characters that would break Telegram HTML if not escaped. */
    static Answer hostileAnswer() {
        Citation citation = new Citation(HOSTILE_ID, "<b>C++ & Java</b> 培训班 <script>", PublicationDate.day(LocalDate.of(2023, 11, 3)), 2,
                "003_9250a1ad65b93bfc.txt", "学员说：“a < b && c > d 很好懂”。", 3.0);
        return new Answer("<b>培训班</b> & 1 < 2 ?", AnswerStatus.ANSWERED, "学员说：“a < b && c > d 很好懂”。", List.of(citation), 5);
    }

    static Article villagesArticle() {
        return new Article(VILLAGES_ID, "001_1e8b83b8a78d0517.txt", 4, PublicationDate.day(LocalDate.of(2023, 7, 14)), 3, null, null,
                "川汇区电商产业蓬勃发展", "打造电商村52个", List.of("张三", "李四"), ArticleKind.NEWS,
                List.of("本报讯 今年上半年，川汇区电商产业蓬勃发展。", "建设物流中心5个；打造电商村52个。"),
                List.of(), null, null);
    }

    static Article hostileArticle() {
        return new Article(HOSTILE_ID, "003_9250a1ad65b93bfc.txt", 2, PublicationDate.day(LocalDate.of(2023, 11, 3)), 2, null, null,
                "<b>C++ & Java</b> 培训班 <script>", "", List.of(), ArticleKind.NEWS,
                List.of("学员说：“a < b && c > d 很好懂”。", "报名请发邮件到 <info@example.cn>。"), List.of(), null, null);
    }

    /** An article whose body is {@code chars} characters of sentences, for splitting. */
    static Article longArticle(int chars) {
        StringBuilder body = new StringBuilder();
        int sentence = 0;
        while (body.length() < chars) {
            body.append("第").append(++sentence).append("句：清凉空间为户外劳动者提供饮水、休息和充电服务 & 更多。");
        }
        return new Article("004_de095c37571e801a-01-0011223344", "004_de095c37571e801a.txt", 1,
                PublicationDate.day(LocalDate.of(2023, 7, 20)), 4, null, null, "清凉空间", "", List.of(), ArticleKind.NEWS,
                List.of(body.substring(0, chars)), List.of(), null, null);
    }

    /** A broad question's answer: two articles, newest first, each with the sentence that says what it is. */
    static Answer activitiesList() {
        return new Answer("最近有什么活动？", AnswerStatus.ANSWERED, "报纸上的相关报道（最新的在前）：",
                List.of(villagesCitation(), redPropertyCitation()), 10, null, AnswerKind.LIST);
    }

    /** The newest edition: page 1 with two headlines, then a page whose number nobody knows. */
    static Edition newestEdition() {
        return new Edition(PublicationDate.month(java.time.YearMonth.of(2023, 11)).asInferred(true), List.of(
                new Edition.Page(1, List.of(new Edition.Headline(VILLAGES_ID, "川汇区电商产业蓬勃发展"),
                        new Edition.Headline(HOSTILE_ID, "<b>C++ & Java</b> 培训班"))),
                new Edition.Page(null, List.of(new Edition.Headline(PROPERTY_ID, "红色物业让小区更温暖")))));
    }

    static CorpusSummary summary() {
        return new CorpusSummary(41, 5, PublicationDate.day(LocalDate.of(2023, 7, 1)), PublicationDate.day(LocalDate.of(2023, 11, 3)));
    }
}
