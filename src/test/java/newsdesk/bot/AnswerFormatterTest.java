package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import newsdesk.bot.Reply.Button;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerFormatterTest {

    private final AnswerFormatter formatter = new AnswerFormatter(BotFixtures.shippedMessages());

    @Test
    void quotesTheAnswerAndCitesTitleDateAndPage() {
        Reply reply = formatter.answer(BotFixtures.villagesAnswer(), "k1");

        assertThat(reply.html()).startsWith("<blockquote>建设物流中心5个；打造电商村52个。</blockquote>")
                .contains("<b>川汇区电商产业蓬勃发展</b>，2023年7月14日 第3版")
                .contains("<b>红色物业让小区更温暖</b>，第3版");
        assertThat(reply.buttons()).containsExactly(java.util.List.of(
                new Button("来源", "s:k1"), new Button("全文", "a:" + BotFixtures.VILLAGES_ID)));
    }

    @Test
    void escapesTagsAndAmpersandsFromArticlesAndAnswers() {
        Reply reply = formatter.answer(BotFixtures.hostileAnswer(), "k2");

        assertThat(reply.html())
                .contains("a &lt; b &amp;&amp; c &gt; d")
                .contains("<b>&lt;b&gt;C++ &amp; Java&lt;/b&gt; 培训班 &lt;script&gt;</b>")
                .doesNotContain("<script>").doesNotContain("&quot;");
        MessageSplitterTest.assertBalanced(reply.html());
    }

    @Test
    void escapesTheFullArticleToo() {
        Reply reply = formatter.article(BotFixtures.hostileArticle());

        assertThat(reply.html()).contains("&lt;info@example.cn&gt;").contains("&lt;script&gt;");
        MessageSplitterTest.assertBalanced(reply.html());
    }

    @Test
    void notStatedSaysWhatThePaperDoesNotPrintAndMarksTheQuoteAsOnlyTheClosest() {
        Reply reply = formatter.notStated(BotFixtures.notStatedPhone());

        assertThat(reply.html()).startsWith("报纸上关于“郸城县电商产业”的报道没有写明联系电话。")
                .contains("报道中最接近的一句（不是你问的内容）")
                .contains("<blockquote>" + BotFixtures.villagesCitation().excerpt() + "</blockquote>");
        assertThat(reply.buttons()).containsExactly(List.of(new Button("全文", "a:" + BotFixtures.VILLAGES_ID)));
    }

    @Test
    void abstentionSaysSoAndOffersTheClosestArticlesAsButtons() {
        Reply reply = formatter.abstention(BotFixtures.abstentionWithSuggestions());

        assertThat(reply.html()).contains("报纸上没有找到相关报道").contains("也许这些报道有帮助");
        assertThat(reply.buttons()).extracting(row -> row.getFirst().label())
                .containsExactly("川汇区电商产业蓬勃发展", "红色物业让小区更温暖");
    }

    @Test
    void sourcesListEveryCitationWithItsExcerpt() {
        Reply reply = formatter.sources(BotFixtures.villagesAnswer());

        assertThat(reply.html()).contains("<b>1. 川汇区电商产业蓬勃发展</b>\n2023年7月14日 第3版\n<blockquote>建设物流中心5个；打造电商村52个。</blockquote>")
                .contains("<b>2. 红色物业让小区更温暖</b>");
        assertThat(reply.buttons().getFirst()).extracting(Button::label).containsExactly("全文 1", "全文 2");
    }

    @Test
    void welcomeTellsHowManyArticlesAndWhichDates() {
        assertThat(formatter.welcome(BotFixtures.summary()).html())
                .contains("<b>41</b> 篇报道").contains("2023年7月1日 至 2023年11月3日");
    }

    @Test
    void everyButtonFitsIntoSixtyFourBytes() {
        String longId = "2026-11-23_周口日报第一版要闻_扫描件-01-" + "f".repeat(20);
        var answer = new newsdesk.answer.Answer("问", newsdesk.answer.AnswerStatus.ANSWERED, "答。", java.util.List.of(new newsdesk.answer.Citation(
                longId, "标题", newsdesk.ingest.PublicationDate.UNKNOWN, null, "x.txt", "摘录", 1.0)), 1);

        Reply reply = formatter.answer(answer, "AAAAAAAAAAAA");

        assertThat(reply.buttons()).flatMap(row -> row).allSatisfy(button ->
                assertThat(button.data().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }
}
