package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences as every layer cuts them; the snippets are from the sample pages (index/pages). */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsAClosingQuoteWithTheSentenceItCloses() {
        assertThat(splitter.split("“虽然只有短短几百米，修和不修完全不一样。”11月2日，开着货车在223国道西华段行驶的刘师傅说。"))
                .containsExactly("“虽然只有短短几百米，修和不修完全不一样。”", "11月2日，开着货车在223国道西华段行驶的刘师傅说。");
    }

    @Test
    void keepsAQuoteInsideAQuoteWhole() {
        assertThat(splitter.split("“‘双创’时代呼唤工匠精神，受表彰的‘一匠两手’应该成为学习的榜样。”区党工委委员、区管委会副主任王磊说"))
                .containsExactly("“‘双创’时代呼唤工匠精神，受表彰的‘一匠两手’应该成为学习的榜样。”", "区党工委委员、区管委会副主任王磊说");
    }

    @Test
    void endsEachItemOfASemicolonListAsItsOwnSentence() {
        String list = "建业地产集团周口世和府项目负责人郑国威；4人获得“科技创新能手”荣誉称号，他们分别是中科盛世科技有限公司副总经理孙东升；"
                + "3人获得“实践操作能手”荣誉称号，他们分别是周口市东越秀体育宾馆有限公司总经理金文才。";

        assertThat(splitter.split(list)).containsExactly(
                "建业地产集团周口世和府项目负责人郑国威；",
                "4人获得“科技创新能手”荣誉称号，他们分别是中科盛世科技有限公司副总经理孙东升；",
                "3人获得“实践操作能手”荣誉称号，他们分别是周口市东越秀体育宾馆有限公司总经理金文才。");
    }

    @Test
    void keepsDecimalNumbersAndLatinWordsInsideTheirSentence() {
        assertThat(splitter.split("我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。宋力一行先后到昌建·MOCO新世界、丰和社区等地。"))
                .containsExactly("我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。", "宋力一行先后到昌建·MOCO新世界、丰和社区等地。");
    }

    @Test
    void endsAtTheAsciiQuestionMarksOfAnOcrPage() {
        assertThat(splitter.split("\"创文\"到底为了谁? \"创文\"需要依靠谁?"))
                .containsExactly("\"创文\"到底为了谁?", "\"创文\"需要依靠谁?");
    }

    @Test
    void keepsARunOfEndMarksTogether() {
        assertThat(splitter.split("真的吗？！他说：“来了！”我们走吧。"))
                .containsExactly("真的吗？！", "他说：“来了！”", "我们走吧。");
    }

    @Test
    void doesNotEndASentenceAtAnEllipsis() {
        assertThat(splitter.split("补贴对象为2024毕业学年内符合条件……的困难毕业生，补贴标准为每人2000元，一次性发放。"))
                .containsExactly("补贴对象为2024毕业学年内符合条件……的困难毕业生，补贴标准为每人2000元，一次性发放。");
    }

    @Test
    void endsASentenceAtEveryLineAndDropsBlankOnes() {
        assertThat(splitter.split("建设物流中心5个；打造电商村52个。\n\n  会议还研究了其他事项\n"))
                .containsExactly("建设物流中心5个；", "打造电商村52个。", "会议还研究了其他事项");
    }
}
