package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsdesk.answer.AnswerText;
import newsdesk.bot.TelegramParts;
import newsdesk.search.SearchFixtures;
import org.junit.jupiter.api.Test;

/**
 * One text as the index packs it into passages, as the answer layer cuts it into the sentences it
 * quotes, and as the bot cuts it into Telegram messages: all three cut only where a sentence ends.
 * The paragraphs are from the sample pages: article 003 (14名“一匠两手”获表彰) with a ； list and a quote
 * inside a quote, one from 004 whose quote trails off in ……” inside a sentence, and one from 000 that
 * opens with a quoted sentence.
 */
class SameSentenceEndsEverywhereTest {

    private static final List<String> PARAGRAPHS = List.of(
            "8月4日上午，市城乡一体化示范区召开“一匠两手”表彰大会，为14名获得“一匠两手”荣誉的人员颁发奖杯和证书（如图）。",
            "据介绍，“一匠两手”指的是“大工匠”和“科技创新能手”“实践操作能手”。该区荣获“一匠两手”荣誉的14名人员分别来自医疗、餐饮、"
                    + "建筑等领域，是各领域的优秀代表。其中，7人获得“大工匠”荣誉称号，他们分别是周口东新医院眼科主任崔银凤、河南中州路桥建设"
                    + "有限公司人力资源部部长陈新静、俏码头餐饮服务有限公司厨师长毕新华、周口淮海医院显微外科主任陈鑫、河南五建建设集团有限公司"
                    + "技术员宋红卫、浙江中成建工集团有限公司技术员刘翔、建业地产集团周口世和府项目负责人郑国威；4人获得“科技创新能手”荣誉称号，"
                    + "他们分别是中科盛世科技有限公司副总经理孙东升、河南五建建设集团有限公司质量员卢柯彤、安钢集团金信房地产开发有限责任公司"
                    + "技术员贾蒙、俏码头胶东印象店厨师长徐彦伟；3人获得“实践操作能手”荣誉称号，他们分别是周口市东越秀体育宾馆有限公司总经理"
                    + "金文才、河南联创建筑工程有限公司中级工程师孙永剑、俏码头餐饮服务有限公司蚝味道厨师长智坡。",
            "连日来，市城乡一体化示范区搬口街道通过多种形式，开展2024年春季征兵宣传工作，鼓励有志青年积极响应国家号召报名参军，"
                    + "用热血青春助力强军梦。“参军入伍是人生一笔不可多得的宝贵财富，适龄青年去部队既能磨砺意志，又能增强纪律性、组织性，"
                    + "希望有志青年踊跃报名，实现自己的梦想……”在梁寨村和贾寨村，搬口街道相关工作人员积极开展征兵宣传工作，向群众详细介绍"
                    + "征兵政策，现场解答群众咨询的问题，提高群众对征兵工作的知晓率。",
            "“‘双创’时代呼唤工匠精神，受表彰的‘一匠两手’应该成为学习的榜样。”区党工委委员、区管委会副主任王磊说，接下来，希望各级工会"
                    + "积极为全区广大职工成长成才创造条件、搭建平台，广泛开展“师带徒”“匠带兵”活动，大力举办各类技能竞赛，让更多的一线职工"
                    + "当主角、上舞台，形成比学赶帮的生动局面，让更多的“一匠两手”脱颖而出，进一步激励引领广大职工靠技能立身、走技能成才之路。",
            "“虽然只有短短几百米，修和不修完全不一样。”11月2日，开着货车在223国道西华段行驶的刘师傅说。");
    private static final String TEXT = String.join("\n", PARAGRAPHS);

    @Test
    void indexAnswerAndTelegramCutTheSameTextAtTheSameSentenceEnds() {
        List<Integer> sentenceEnds = cutsOf(new SentenceSplitter().split(TEXT));

        List<Integer> answerCuts = cutsOf(answerSentences(TEXT));
        List<Integer> passageCuts = cutsOf(SearchFixtures.passageTexts(PARAGRAPHS, 60, 160));
        // The quote's 。 is set in bold, so a tag stands between it and the ” that still belongs to it.
        String html = "<blockquote>" + TEXT.replace("学习的榜样。”", "学习的<b>榜样。</b>”") + "</blockquote>";
        // Each limit makes the bot pick other sentence ends. Under 220 characters a message cannot hold the
        // short quote and the long sentence after it, and a cut inside a sentence is then the right thing.
        Set<Integer> telegramCuts = new TreeSet<>();
        for (int limit = 220; limit <= 480; limit += 2) {
            telegramCuts.addAll(cutsOf(TelegramParts.of(html, limit).stream()
                    .map(part -> part.replaceAll("<[^>]+>", "")).toList()));
        }

        assertThat(sentenceEnds).hasSize(11);
        assertThat(answerCuts).isEqualTo(sentenceEnds);
        assertThat(passageCuts).hasSizeGreaterThanOrEqualTo(4).isSubsetOf(sentenceEnds);
        assertThat(telegramCuts).hasSizeGreaterThanOrEqualTo(6).isSubsetOf(sentenceEnds);
    }

    /** The answer layer's sentences, through its public door: quote the first sentence, go on after it. */
    private static List<String> answerSentences(String text) {
        List<String> sentences = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty()) {
            String first = AnswerText.firstSentence(rest);
            sentences.add(first);
            rest = rest.substring(rest.indexOf(first) + first.length()).strip();
        }
        return sentences;
    }

    /**
     * Where the pieces of the text meet, counted in non-space characters (a passage or message may drop
     * the line break it was cut at); also checks that the pieces put together are the whole text.
     */
    private static List<Integer> cutsOf(List<String> pieces) {
        assertThat(withoutSpace(String.join("", pieces))).isEqualTo(withoutSpace(TEXT));
        List<Integer> cuts = new ArrayList<>();
        int offset = 0;
        for (String piece : pieces.subList(0, pieces.size() - 1)) {
            offset += withoutSpace(piece).length();
            cuts.add(offset);
        }
        return cuts;
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s", "");
    }
}
