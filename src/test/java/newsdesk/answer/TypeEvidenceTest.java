package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.search.TaggedWord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Snippets from the sample pages: which ones hold the kind of fact a question asks for. */
class TypeEvidenceTest {

    @ParameterizedTest(name = "{0} in: {1}")
    @CsvSource(delimiter = '|', value = {
            "MONEY | 补贴标准为每人2000元，一次性发放。",
            "MONEY | 为符合条件的4818名困难毕业生发放补贴资金963.6万元。",
            "COUNT | 打造电商村52个，打通了农产品上行的“最初一公里”。",
            "COUNT | 项城市建设市、镇、村三级便民服务微信群。",
            "PERCENTAGE | 一般公共预算收支分别增长28.5%、26.1%。",
            "SIZE | 清运垃圾3600余立方米，清除杂物560多处。",
            "DATE | 据悉，补贴发放工作自今年8月1日正式启动，于10月底完成。",
            "DATE_RANGE | 集体走访阶段为7月10日至8月10日。",
            "FREQUENCY | 每月召开一次信访工作联席会议。",
            "FREQUENCY | 对活动开展情况进行督导检查，并实行“周总结、周通报、周排名”机制。",
            "TIME_OF_DAY | 开放时间为上午9:00至下午5:00。",
            "PHONE | 咨询电话：0394-8381234。",
            "ADDRESS | 服务中心位于七一路与中州大道交叉口东北角。",
            "ADDRESS | 办公地点在八一大道18号。",
            "ADDRESS | 市民服务中心就在七一路上。",
            "AGE | 年满18周岁的男性青年均可报名。",
            "PLACE | 川汇区扬帆广场是具有一定休憩功能的小微绿地。",
            "PLACE | 区长胡友涛在关帝庙历史文化街区更新改造项目指挥部主持召开工作推进会。",
            "PLACE | 在盛和社区，搬口街道相关工作人员对适龄青年进行摸底排查。",
            "ORGANISATION | 由街道人大工委具体负责。",
            "LIST | 免费提供藿香正气水、风油精、创可贴等。",
            "DOCUMENTS | 申请时需携带本人身份证、户口簿原件及复印件。",
            "PROCEDURE | 符合条件的群众可通过“周口人社”公众号在线办理。",
            "MANNER | 通过民主推荐和协商产生议事代表。",
            "ELIGIBILITY | 补贴对象为符合条件的全日制普通高等学校困难毕业生。",
    })
    void findsTheAskedKindInASentenceThatPrintsIt(AnswerType type, String sentence) {
        assertThat(TypeEvidence.spans(type, sentence, List.of(), "")).isNotEmpty();
    }

    @ParameterizedTest(name = "no {0} in: {1}")
    @CsvSource(delimiter = '|', value = {
            "TIME_OF_DAY | 川汇区图书馆积极响应“清凉空间”开放活动号召，为市民提供免费阅读。",
            "PHONE | 我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。",
            "MONEY | 示范区共走访群众21210户，收集问题1200个。",
            "AGE | 参军入伍是人生一笔不可多得的宝贵财富。",
            "DATE | 近日，区委书记刘德君实地督导调研重点项目建设。",
            "ADDRESS | 今年以来，川汇区陈州街回族街道办事处六一社区党群服务中心聚焦基层治理。",
            "ADDRESS | 建成通车道路13条，绿化亮化提升道路5条。",
            "ADDRESS | 以“永远在路上”的坚定和执着，守规矩、严管理。",
            "PLACE | 为市民尤其是户外劳动者提供避暑休息的场所。",
            "PLACE | 听取群众和社区的意见。",
            "FREQUENCY | 定期召开联席议事会，主动解决群众关心关注的热点难点问题。",
            "PLACE | 聚焦排查“零”问题村、“三类人员”异常村，进行全程督导检查。",
            "SIZE | 不断完善党群服务中心功能，打通服务群众“最后一公里”。",
            "DOCUMENTS | 提醒符合条件的困难毕业生尽快提交申报材料。",
            "PROCEDURE | 周口“智慧岛”汇聚企业1728家，100套人才公寓建成投用。",
            "PROCEDURE | 用好用活30多个便民服务微信群，通过微信群为群众办实事。",
            "ELIGIBILITY | 100套人才公寓建成投用。",
            "ORGANISATION | 对设计方、施工方提出的问题逐一进行分析研究，探讨解决办法。",
            "DURATION | 3月5日是全国第61个“学雷锋纪念日”。",
            "FREQUENCY | 群主及管理员轮流值班，回复群众政策咨询和民生诉求。",
            "ORGANISATION | 这项制度填补了街道人大工作制度空白。",
    })
    void findsNothingWhereTheKindIsNotPrinted(AnswerType type, String sentence) {
        assertThat(TypeEvidence.spans(type, sentence, List.of(), "")).isEmpty();
    }

    @Test
    void aReportingDateIsNotWhenTheEventHappened() {
        String sentence = "11月1日，记者从市人社局了解到，2024毕业学年困难毕业生求职创业补贴发放工作已经完成。";

        assertThat(TypeEvidence.spans(AnswerType.DATE, sentence, List.of(), "")).extracting(span ->
                sentence.substring(span.start(), span.end())).doesNotContain("11月1日");
    }

    @Test
    void aCountMustBeInTheUnitTheQuestionCountsIn() {
        String sentence = "该街道办事处入户走访200人次，协商解决疑难问题10余个。";

        assertThat(TypeEvidence.spans(AnswerType.COUNT, sentence, List.of(), "走访了多少户？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.COUNT, sentence, List.of(), "走访了多少人？")).isNotEmpty();
    }

    @Test
    void aFigureTheQuestionAlreadyStatesIsNoAnswerInAnyUnit() {
        String sentence = "我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。";

        assertThat(TypeEvidence.spans(AnswerType.COUNT, sentence, List.of(), "那4818个困难毕业生里，中职学生有多少个？"))
                .isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.COUNT, sentence, List.of(), "有多少名困难毕业生领到了补贴？"))
                .isNotEmpty();
    }

    @Test
    void aPlaceIsNoStringThatCutsAcrossTheTaggersWords() {
        String indoors = "除开放室内公共场所外，优化城市绿地布局。";
        List<TaggedWord> indoorsTags = List.of(new TaggedWord("除", "p", 0), new TaggedWord("开放", "v", 1),
                new TaggedWord("室内", "s", 3), new TaggedWord("公共场所", "n", 5), new TaggedWord("外", "f", 9),
                new TaggedWord("，", "w", 10), new TaggedWord("优化", "v", 11), new TaggedWord("城市", "n", 13),
                new TaggedWord("绿地", "n", 15), new TaggedWord("布局", "n", 17), new TaggedWord("。", "w", 19));
        assertThat(TypeEvidence.spans(AnswerType.PLACE, indoors, indoorsTags, "川汇区哪里可以免费避暑？")).isEmpty();

        String library = "川汇区图书馆里桌椅一应俱全。";
        List<TaggedWord> libraryTags = List.of(new TaggedWord("川汇区", "ns", 0), new TaggedWord("图书馆", "nis", 3),
                new TaggedWord("里", "f", 6), new TaggedWord("桌椅", "n", 7), new TaggedWord("一应俱全", "l", 9));
        assertThat(TypeEvidence.spans(AnswerType.PLACE, library, libraryTags, "哪里可以免费避暑？"))
                .extracting(span -> library.substring(span.start(), span.end()))
                .contains("川汇区图书馆");
    }

    @Test
    void kindsOfPlacesAndThePlaceInSomeonesTitleAreNoAnswerToWhereTheyWent() {
        String kinds = "宋力带队前往辖区商业写字楼、大型酒店和居民小区实地调研，并召开全区推进会。";
        List<TaggedWord> kindsTags = List.of(new TaggedWord("宋力", "nr", 0), new TaggedWord("带队", "vi", 2),
                new TaggedWord("前往", "v", 4), new TaggedWord("辖区", "n", 6), new TaggedWord("商业", "n", 8),
                new TaggedWord("写字楼", "n", 10), new TaggedWord("、", "w", 13), new TaggedWord("大型", "b", 14),
                new TaggedWord("酒店", "nis", 16), new TaggedWord("和", "cc", 18), new TaggedWord("居民", "n", 19),
                new TaggedWord("小区", "n", 21), new TaggedWord("实地", "d", 23), new TaggedWord("调研", "vn", 25),
                new TaggedWord("，", "w", 27), new TaggedWord("并", "cc", 28), new TaggedWord("召开", "v", 29),
                new TaggedWord("全区", "n", 31), new TaggedWord("推进会", "n", 33), new TaggedWord("。", "w", 36));
        String title = "市城乡一体化示范区党工委书记宋力带队调研。";
        List<TaggedWord> titleTags = List.of(new TaggedWord("城乡一体化示范区", "ns", 1));
        String visited = "宋力一行先后到天明锦江酒店、丰和社区等地。";

        assertThat(TypeEvidence.spans(AnswerType.PLACE, kinds, kindsTags, "宋力调研消防安全去了哪些地方？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, title, titleTags, "宋力调研消防安全去了哪些地方？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, visited, List.of(), "宋力调研消防安全去了哪些地方？"))
                .isNotEmpty();
    }

    @Test
    void theQuestionsOwnWordsAreNoAnswer() {
        assertThat(TypeEvidence.spans(AnswerType.PLACE, "川汇区图书馆宽敞明亮。", List.of(), "川汇区图书馆在哪里？"))
                .isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, "积极打造廉洁文化主题广场，让廉洁文化越来越鲜活。", List.of(),
                "示范区的廉洁文化主题广场在哪儿？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, "为社区多做好事、多办实事。", List.of(), "议事代表沈冲冲是哪个社区的？"))
                .isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, "沈冲冲是文昌街道建业社区的居民。", List.of(), "议事代表沈冲冲是哪个社区的？"))
                .isNotEmpty();
    }

    @Test
    void aVillageMayBePrintedWithoutItsSuffixButNotAsAnotherKindOfPlace() {
        String park = "建设崔庄肉牛养殖、田庄食用菌种植等6个农业产业园。";
        String square = "1月11日上午，文昌街道景园社区广场上人头攒动。";

        assertThat(TypeEvidence.spans(AnswerType.PLACE, park, List.of(new TaggedWord("崔庄", "ns", 2)),
                "养肉牛的产业园在哪个村？")).isNotEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, square, List.of(new TaggedWord("文昌街道", "ns", 8)),
                "菜是从哪个村拉来的？")).isEmpty();
    }

    @Test
    void theQuestionsOwnPlaceTheLargerPlaceItLiesInAndTheCountryAreNoAnswerToWhichTown() {
        String county = "今年以来，郸城县坚持以学习贯彻新时代中国特色社会主义思想引领高质量发展。";
        List<TaggedWord> countyTags = List.of(new TaggedWord("郸城县", "ns", 5), new TaggedWord("中国", "ns", 18));
        String parent = "连日来，市城乡一体化示范区搬口街道开展征兵宣传工作，鼓励有志青年报名参军。";
        List<TaggedWord> parentTags = List.of(new TaggedWord("城乡一体化示范区", "ns", 5), new TaggedWord("搬口街道", "ns", 13));

        assertThat(TypeEvidence.spans(AnswerType.PLACE, county, countyTags, "郸城那5个物流中心都建在哪几个乡镇？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, parent, parentTags, "搬口街道征兵到哪报名啊？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PLACE, parent, parentTags, "哪个区在开展征兵宣传？")).isNotEmpty();
    }

    @Test
    void aPersonsNameComesFromTheTagger() {
        List<TaggedWord> tags = List.of(new TaggedWord("毕新华", "nr", 5), new TaggedWord("获得", "v", 8));

        assertThat(TypeEvidence.spans(AnswerType.PERSON, "俏码头厨师长毕新华获得荣誉。", tags, "厨师长叫什么？"))
                .isNotEmpty();
    }

    @Test
    void aCountInTheSpokenFangIsAnsweredInCubicMetresNotInVisits() {
        String visits = "截至目前，该街道办事处入户走访200人次，协商解决人居环境整治工作中的疑难点问题10余个。";
        String volume = "截至目前，该街道办事处清理坑塘10多个，清运垃圾3600余立方米，清除杂物560多处。";
        String question = "城北街道整治村里卫生，拉走的破烂脏东西有多少方？";

        assertThat(TypeEvidence.spans(AnswerType.COUNT, visits, List.of(), question)).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.COUNT, volume, List.of(), question)).hasSize(1);
    }

    /** Whether a rate (每人2000元) or a total (共发放…963.6万元) answers an amount question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "示范区低保一个人一个月能领多少钱？ | 截至7月，该区共发放低保金242万余元，发放特困人员救助供养资金176万余元。 | false",
            "困难毕业生补贴一个人给多少钱？ | 补贴标准为每人2000元，一次性发放。 | true",
            "示范区一共发了多少低保金？ | 截至7月，该区共发放低保金242万余元，发放特困人员救助供养资金176万余元。 | true",
            "困难毕业生找工作能领到多少补助？ | 我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。 | false",
            "困难毕业生找工作能领到多少补助？ | 补贴标准为每人2000元，一次性发放。 | true",
            "困难毕业生一共能领到多少补贴？ | 我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。 | true",
            "困难毕业生补贴一共发了多少钱？ | 补贴标准为每人2000元，一次性发放。 | false",
            "困难毕业生补贴一共发了多少钱？ | 我市共为符合条件的4818名困难毕业生发放补贴资金963.6万元。 | true",
    })
    void anAmountAskedPerPersonIsARateAndOneAskedAllTogetherATotal(String question, String sentence, boolean answers) {
        assertThat(TypeEvidence.spans(AnswerType.MONEY, sentence, List.of(), question).isEmpty()).isEqualTo(!answers);
    }

    @Test
    void aRolesHolderIsAPersonPrintedWithThatRoleNotABody() {
        String members = "省委第十六巡回督导组成员张新生、李惠清到会指导。";
        List<TaggedWord> tags = List.of(new TaggedWord("张新生", "nr", 11), new TaggedWord("李惠清", "nr", 15));
        String body = "区纪委监察工委成立安全生产监督工作专班，组建4个督导组。";
        String leader = "督导组组长王磊说，要强化隐患排查。";
        List<TaggedWord> leaderTags = List.of(new TaggedWord("王磊", "nr", 5));

        assertThat(TypeEvidence.spans(AnswerType.PERSON, members, tags, "督导组的组长是谁？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PERSON, body, List.of(), "督导组的组长是谁？")).isEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PERSON, leader, leaderTags, "督导组的组长是谁？")).isNotEmpty();
        assertThat(TypeEvidence.spans(AnswerType.PERSON, body, List.of(), "谁成立了监督工作专班？")).isNotEmpty();
    }

    @ParameterizedTest(name = "{2} {3}: {1}")
    @CsvSource(delimiter = '|', value = {
            // an average is no total
            "MONEY | 投资20万元，统一全区31个党群服务中心标识。 | 平均一个中心花了多少钱？ | false",
            "MONEY | 投资20万元，统一全区31个党群服务中心标识。 | 统一标识一共投资了多少钱？ | true",
            // a venue is where it was held, not who held it
            "PLACE | 8月4日上午，市城乡一体化示范区召开“一匠两手”表彰大会。 | 表彰大会是在哪儿开的？ | false",
            "PLACE | 8月4日上午，市城乡一体化示范区召开“一匠两手”表彰大会。 | 哪个区开了表彰大会？ | true",
            "PLACE | 团区委到小桥街道办事处高庄社区青年之家开展主题教育活动。 | 主题教育活动在哪里举办？ | true",
            "PLACE | 近日，区长胡友涛在关帝庙历史文化街区更新改造项目指挥部主持召开工作推进会。 | 胡区长的推进会是在哪儿开的？ | true",
            "PLACE | 希望与会各方继续做中美地方交流的桥梁，助力两国省州、城市跨越浩瀚的太平洋。 | 友城大会是在咱国哪个地方办的？ | false",
            "PLACE | 第五届中美友城大会当日在江苏省苏州市举办。 | 友城大会是在咱国哪个地方办的？ | true",
            // 上午还是下午 is answered by the part of the day, a date alone does not say it
            "TIME_OF_DAY | 8月4日上午，市城乡一体化示范区召开“一匠两手”表彰大会。 | 表彰会是哪天开的？上午还是下午？ | true",
            "TIME_OF_DAY | 3月5日，宋力带队前往辖区商业写字楼实地调研消防安全工作。 | 宋力是上午去的还是下午？ | false",
            // 一个 before a noun is no count
            "COUNT | 让小朋友有一个丰富多彩的暑假生活。 | 有多少个小孩参加？ | false",
            // a place of the asked kind: 哪个村 is answered by a village
            "PLACE | 1月11日上午，文昌街道景园社区广场上人头攒动。 | 菜是从哪个村拉来的？ | false",
            "PLACE | 蔬菜来自示范区李方庄村的种植基地。 | 菜是从哪个村拉来的？ | true",
            "PLACE | 为辖区各村持续推进人居环境整治提供行动指南。 | 城北街道那14个村都是哪几个村？ | false",
            // a use is printed as 用于…, and the use of the share the question already states is no answer
            "PURPOSE | 补贴资金主要用于补助毕业生求职创业过程中的相关费用。 | 补贴是干啥用的？ | true",
            "PURPOSE | 光伏帮扶电站收益的80%用于公益性岗位工资发放。 | 收益80%发了工资，剩下那20%用到哪儿了？ | false",
            // a firm of the trade asked about, not the community it serves nor a label in quotes
            "ORGANISATION | 在人和街街道办事处打造的红色阵地中，史滩社区佳利名门小区的“红色物业”是亮点之一。 | 史滩社区佳利名门小区请的是哪家物业公司啊 | false",
            "ORGANISATION | 史滩社区佳利名门小区引进四海同村物业后，积极成立物业党支部。 | 史滩社区佳利名门小区请的是哪家物业公司啊 | true",
            // a day is not answered by a year
            "DATE | 搬口街道通过多种形式，开展2024年春季征兵宣传工作。 | 今年春季征兵报名截止到哪天啊？ | false",
            "DATE | 搬口街道通过多种形式，开展2024年春季征兵宣传工作。 | 春季征兵是哪年的？ | true",
            // a common word that ends like a place names none, and a village is printed as one
            "PLACE | 城北街道办事处创新工作思路，全力打造美丽宜居乡村。 | 城北街道那14个村人居环境检查哪个村排第一？ | false",
            "PLACE | 发动沿街商户和辖区群众集思广益解难题。 | 城北街道那14个村人居环境检查哪个村排第一？ | false",
            // where to go to do something: the place the sentence says it is done at
            "PLACE | 在梁寨村和贾寨村，搬口街道相关工作人员积极开展征兵宣传工作。 | 搬口街道征兵到哪报名啊？ | false",
            "PLACE | 适龄青年可到盛和社区党群服务中心报名。 | 搬口街道征兵到哪报名啊？ | true",
            // occasions are counted in the unit asked about
            "COUNT | 开展文体和志愿服务活动14场次。 | 佳利名门小区搞了几场活动？ | true",
            // 哪家公司 is answered by a firm, not by a project office
            "ORGANISATION | 区长胡友涛在关帝庙历史文化街区更新改造项目指挥部主持召开工作推进会。 | 是哪家公司在施工？ | false",
            "ORGANISATION | 依托翔耀食品有限公司，带动就业126人。 | 是哪家公司带动就业？ | true",
            // 多少个 counts things, not money
            "COUNT | 发放孤儿及事实无人抚养儿童生活补助63万余元。 | 一共有多少个孤儿领了生活补助？ | false",
            "COUNT | 为全区48个孤儿发放生活补助。 | 一共有多少个孤儿领了生活补助？ | true",
            // a figure in a quoted name counts when the question counts in its unit
            "COUNT | 要紧紧围绕“12个紧盯”“15项具体指标”，抓好落实。 | 具体指标一共有多少项？ | true",
            "COUNT | 打通服务群众“最后一公里”。 | 服务群众走了多少公里？ | true",
            "SIZE | 打通服务群众“最后一公里”。 | 服务群众的路有多长？ | false",
            // a cadre is a person: a body named beside him does not say who he is
            "PERSON | 明确1名处级干部专职负责、区农业农村局具体负责。 | 专职负责的处级干部是谁？ | false",
            // the next time is a date announced as coming, not the date of the one held
            "DATE | 1月11日上午，文昌街道景园社区广场上人头攒动。 | 景园社区下回啥时候还发蔬菜？ | false",
            "DATE | 下一批蔬菜将于2月5日在景园社区广场发放。 | 景园社区下回啥时候还发蔬菜？ | true",
            "DATE | 1月11日上午，文昌街道景园社区广场上人头攒动。 | 景园社区啥时候发的蔬菜？ | true",
    })
    void whatTheQuestionNarrowsItsKindToDecidesWhichEvidenceCounts(AnswerType type, String sentence, String question,
                                                                    boolean holds) {
        assertThat(TypeEvidence.spans(type, sentence, List.of(), question).isEmpty()).isEqualTo(!holds);
    }
}
