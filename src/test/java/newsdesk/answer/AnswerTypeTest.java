package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

    @ParameterizedTest(name = "{0} asks for {1}")
    @CsvSource({
            "困难毕业生补贴每人多少钱？, MONEY",
            "示范区给上了年纪的老人发了多少补助？, MONEY",
            "项城市建了几个便民服务微信群？, COUNT",
            "有多少名困难毕业生领到了补贴？, COUNT",
            "丁集镇群众反映的问题有百分之多少能在一线化解？, PERCENTAGE",
            "川汇区一般公共预算收入增长了多少？, PERCENTAGE",
            "清凉空间面积多大？, SIZE",
            "领高龄补贴的老人要年满几岁？, AGE",
            "示范区给上岁数的老人发了多少钱？, MONEY",
            "补贴发放工作什么时候完成？, DATE",
            "学雷锋纪念日是几月几日？, DATE",
            "征兵报名从几号到几号？, DATE_RANGE",
            "文化馆几点开门？, TIME_OF_DAY",
            "图书馆的上班时间是怎样的？, TIME_OF_DAY",
            "议事代表一届任期几年？, DURATION",
            "入户走访多久一次？, FREQUENCY",
            "联席会议多长时间开一回？, FREQUENCY",
            "人社局的咨询电话是多少？, PHONE",
            "六一社区党群服务中心在哪条街几号？, ADDRESS",
            "永福便民服务中心具体地址在哪？, ADDRESS",
            "周口市大数据产业园具体在哪条路上？, ADDRESS",
            "困难毕业生补贴咋申请？每人能领多少钱？, MONEY",
            "川汇区哪里可以免费避暑？, PLACE",
            "清凉空间在什么地方？, PLACE",
            "征兵宣传都去了哪几个村？, PLACE",
            "谁主持召开了市政府常务会议？, PERSON",
            "议事代表金笛在哪家公司工作？, ORGANISATION",
            "求职补贴归哪个部门管？有事该找谁？, ORGANISATION",
            "示范区有哪些小区被评为红色物业示范小区？, LIST",
            "申请补贴需要准备什么材料？, DOCUMENTS",
            "去查眼睛要带身份证吗？, DOCUMENTS",
            "去图书馆爱心药箱拿药要登记身份证吗？, DOCUMENTS",
            "社保卡在哪儿能办？, PLACE",
            "身份证丢了补办要多久？, DURATION",
            "哪些人可以领困难毕业生补贴？, ELIGIBILITY",
            "补贴对象是哪些人？, ELIGIBILITY",
            "示范区监测对象有多少人实现就业了？, COUNT",
            "当兵有啥补贴？, LIST",
            "有哪些人评上了实践操作能手？, LIST",
            "困难毕业生补贴怎么申请？, PROCEDURE",
            "智慧岛人才公寓咋申请？, PROCEDURE",
            "街道议事代表是咋选出来的？, MANNER",
            "议事代表是咋选出来的？都有哪些人？, LIST",
            "停车难后来是怎么解决的？, MANNER",
            "示范区纪委碰上这种疑难案子咋处理？, MANNER",
            "补贴钱是咋发下来的，打到哪个卡上？, MANNER",
            "为什么要建设清廉机关？, REASON",
            "去川汇区图书馆上网要花钱吗？, YES_NO",
            "什么是一匠两手？, OTHER",
            "示范区那几栋商务大楼，引进了哪些有名的企业？, LIST",
            "共绘一幅画的活动是哪几个单位一块搞的？, ORGANISATION",
            "郸城的现代农业产业园是不是都有了？, YES_NO",
            "宋力去查消防，是上午去的还是下午？, TIME_OF_DAY",
            "示范区大走访集中跑的是哪段日子？, DATE_RANGE",
            "这是第几周年？, OTHER",
            "有个开物业公司的老总，叫啥名？, PERSON",
            "产业园那张照片是哪个记者拍的？, PERSON",
            // the words a question quotes are no cue: 几百米 in the quote does not make it ask for a count
            "在223国道上开货车，说“就那几百米，修没修差老多了”的是谁, PERSON",
            "搬口街道征兵到哪报名啊？, PLACE",
            "困难毕业生的补贴钱打到哪张卡上？, OTHER",
            "剩下那20%的收益用到哪儿了？, PURPOSE",
            "这笔补贴是干啥用的？, PURPOSE",
            "那个合作社叫什么名字？, OTHER",
            "郸城搞的七个专项行动到底是哪七个？, LIST",
    })
    void readsTheKindOfAnswerFromTheQuestionsCueWords(String question, AnswerType expected) {
        assertThat(AnswerType.of(question)).isEqualTo(expected);
    }
}
