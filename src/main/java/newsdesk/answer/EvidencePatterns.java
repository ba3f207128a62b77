package newsdesk.answer;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How each kind of answer is printed, as characters: an amount with its 元, a date with its 月 and 日, a
 * procedure with the verbs of its steps. Names are found by the tagger instead ({@link TypeEvidence}).
 */
final class EvidencePatterns {

    private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)";
    private static final String HAN_NUMERAL = "[一二两三四五六七八九十百]+";
    static final String TIME_WORD = "(?:上午|下午|早上|晚上|中午|凌晨|早|晚|夜间)";

    /**
     * Prepositions and particles, which stand before a street's or a place's name but are never part of it:
     * 填补了街道人大工作 names no place.
     */
    private static final String NOT_IN_A_NAME = "在的于到从向往是和与及了着过";
    private static final String NOT_IN_A_BODYS_NAME = "在的于到从向往是了着过";

    /** The verbs a procedure's steps are printed with. */
    private static final String STEPS = "登录|拨打|前往|携带|提交|申请|办理|扫码|填写|流程|步骤|首先|然后|经.{0,6}审核|报名";
    /**
     * A way to do it yourself is a channel one goes through (通过“周口人社”公众号); 通过 alone says by what means a
     * thing was done (通过微信群为群众办实事), which tells how it was done but not how to do it.
     */
    private static final String CHANNEL = "通过\\p{IsHan}{0,10}(?:平台|公众号|小程序|APP|App|app|网站|官网|热线|窗口|线上|网上|系统|电话)";

    private static final Map<AnswerType, Pattern> BY_KIND = Map.ofEntries(
            Map.entry(AnswerType.PHONE, Pattern.compile(
                    "(?<!\\d)(?:0\\d{2,3}[-－—]?)?\\d{7,8}(?!\\d)|(?<!\\d)1[3-9]\\d{9}(?!\\d)|(?<!\\d)123(?:45|15|20|48|55)(?!\\d)")),
            // A street with what places a door on it (a number, a crossing, a side), or a house number: 陈州街回族街道
            // names a district after its street and is no address, nor is 通车道路13条. A street's name holds no
            // preposition or particle, so 永远在路上 and 走在街上 name none.
            Map.entry(AnswerType.ADDRESS, Pattern.compile(
                    "[\\p{IsHan}&&[^" + NOT_IN_A_NAME + "上]]{1,8}(?<!道)(?:路|大道|大街|街|巷)"
                            + "(?=\\s*\\d+\\s*号|与|交[叉汇]|[东南西北]侧|旁|边|上|口)|\\d+\\s*号(?:楼|院)?"
                            + "|门牌|位于\\p{IsHan}{2,12}(?:路|街|大道)")),
            Map.entry(AnswerType.TIME_OF_DAY, Pattern.compile(
                    "\\d{1,2}\\s*[:：]\\s*\\d{2}|" + TIME_WORD + "\\s*" + NUMBER + "\\s*[点时]|(?<![\\d.])\\d{1,2}\\s*点(?:半|\\d{1,2}分)?"
                            + "|全天|24小时|全天候|" + TIME_WORD + "(?:至|到)" + TIME_WORD)),
            Map.entry(AnswerType.DATE, Pattern.compile(
                    "\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]"
                            + "|\\d{1,2}\\s*月(?:上旬|中旬|下旬|底|初|份|末)?|年底|年初|月底|年内|今年|去年|明年|上半年|下半年"
                            + "|春节|元旦|国庆|中秋|端午|" + HAN_NUMERAL + "月(?:" + HAN_NUMERAL + "日)?")),
            Map.entry(AnswerType.DATE_RANGE, Pattern.compile(
                    "\\d{1,2}\\s*月\\s*\\d{0,2}\\s*日?\\s*(?:至|到|—|－|-|～|~)\\s*(?:\\d{1,2}\\s*月)?\\s*\\d{1,2}\\s*[日号]?"
                            + "|(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}\\s*年\\s*\\d{1,2}\\s*月)\\s*(?:起|开始)|截至|期间|为期|至\\s*\\d{1,2}\\s*月")),
            // 3月5日 is a day: a month counted takes 个 (3个月), and a 日 after a month is its day.
            Map.entry(AnswerType.DURATION, Pattern.compile(
                    "(?<![\\d月])(?:\\d{1,2}(?:\\.\\d+)?|" + HAN_NUMERAL + "|半)\\s*(?:个\\s*(?:月|星期|小时|工作日|周)|年|天|日|周|小时|分钟|星期|工作日)"
                            + "(?:内|以内|以上|之内|左右)?|为期|长期|常年|多年")),
            Map.entry(AnswerType.FREQUENCY, Pattern.compile(
                    // 定期, 常态化, 不定期 say that it recurs, not how often: no answer to 多久开一次; nor does 轮流.
                    "每(?:年|月|周|天|日|季度|星期|晚|周末|个月)|(?:一|每)(?:年|月|周|天)\\s*\\d*\\s*次|\\d+\\s*次|每隔|按月|按季度|按年"
                            // 周通报、月讲评: a period before a two-character task, in a list of such.
                            + "|(?<=^|[“、，\"])[日周月季年](?:交办|研判|讲评|通报|调度|总结|排名|例会|督查|点评)(?=[、，”\"。])")),
            Map.entry(AnswerType.AGE, Pattern.compile(
                    NUMBER + "\\s*周?岁|年满|" + HAN_NUMERAL + "周?岁|高龄|" + NUMBER + "后")),
            Map.entry(AnswerType.PERCENTAGE, Pattern.compile(
                    NUMBER + "\\s*[%％]|百分之" + NUMBER + "|" + HAN_NUMERAL + "成(?![为立员功果])|个百分点")),
            Map.entry(AnswerType.MONEY, Pattern.compile(
                    NUMBER + "\\s*(?:多|余)?\\s*(?:万|亿|千)?\\s*(?:多|余)?\\s*(?:元|块钱|块)|免费|无偿")),
            Map.entry(AnswerType.SIZE, Pattern.compile(
                    NUMBER + "\\s*(?:多|余)?\\s*(?:万|千)?\\s*(?:多|余)?\\s*(?:平方米|平米|平方公里|亩|公顷|公里|千米|米|立方米|层|间|吨|床|个座位|个车位)")),
            // A bare 多少 may be answered by any quantity; 多少户 only by 户 (see COUNTED_UNIT).
            Map.entry(AnswerType.COUNT, Pattern.compile(
                    NUMBER + "\\s*(?:多|余)?\\s*(?:万|亿|千|百)?\\s*(?:多|余)?\\s*"
                            + "(?:人次|名|人|个|户|家|次|场|项|件|份|所|座|条|处|套|位|支|台|辆|张|册|本|批|栋|村|类|种|期|起|对|组|间|级|余人|多人"
                            + "|元|[%％]|立方米|平方米|吨|公里|米|亩|倍)")),
            Map.entry(AnswerType.PERSON, Pattern.compile(
                    "(?:书记|主任|区长|市长|县长|镇长|局长|馆长|主席|负责人|经理|厨师长|工程师|技术员|校长|院长|队长|站长|部长|会长|村民|居民|老人|志愿者)"
                            + "\\p{IsHan}{2,3}|\\p{IsHan}{2,3}(?:说|表示|指出|强调|介绍|告诉记者)")),
            // 办 ends 创文办 but not 解决办法; 会 alone ends a meeting (推进会) more often than a body. A body's name
            // holds no particle or preposition either (填补了街道人大工作制度空白 names none), though it may hold
            // 和 (市人力资源和社会保障局).
            Map.entry(AnswerType.ORGANISATION, Pattern.compile(
                    "[\\p{IsHan}&&[^" + NOT_IN_A_BODYS_NAME + "]]{2,14}(?:局|委员会|委|中心|公司|办公室|办(?![法理事好实结成])|院|协会|学会|商会|工会|联合会|站|所|队|集团|医院|学校|银行|街道|社区|合作社|厂|部(?!门)|馆"
                            + "|药业|食品|科技|实业|制药|物业|电子|工委|党委|政府)")),
            // A suffix that begins a word of its own is no place's end: 市民, 区长, 县委, 市级, 村干部, 馆长. A place's
            // name holds no preposition or particle, so 为社区多做好事 names none, and at least two characters (城市, 展厅 are
            // common words), nor a determiner (辖区各村, 该街道 point at places without naming one).
            Map.entry(AnswerType.PLACE, Pattern.compile(
                    "[\\p{IsHan}&&[^" + NOT_IN_A_NAME + "为把被对给让各每该]]{2,12}(?:区|县|市|镇|乡|村|街道|社区|小区|广场|公园|游园|图书馆|文化馆|馆|中心|医院|学校|大厦|酒店|路|街|站|基地|园区|产业园|大道|号楼|楼|室|厅|窗口|指挥部|礼堂)"
                            + "(?![民长委级域直属干])|\\d+号"
                            // 和 joins two things, but ends a one-character stem in names (盛和社区, 丰和社区, 人和街):
                            // after a word that ends a phrase, 在盛和社区 names one; 群众和社区 does not.
                            + "|(?<=^|[" + NOT_IN_A_NAME + "为进入赴，。、“”\\s])\\p{IsHan}和(?:社区|小区|街道|街)")),
            Map.entry(AnswerType.LIST, Pattern.compile("\\p{IsHan}{2,}、\\p{IsHan}{2,}|等\\p{IsHan}{0,4}[，。；]|：")),
            // A bare 材料 (尽快提交申报材料) says that papers are due, not which.
            Map.entry(AnswerType.DOCUMENTS, Pattern.compile(
                    "身份证|户口簿|户口本|户籍证明|证明材料|证明|复印件|照片|原件|证件|材料(?:：|包括|有|清单)|携带"
                            + "|持(?:有|本人)?\\p{IsHan}{0,6}[证卡]|医保卡|社保卡|银行卡|申请表|登记表")),
            Map.entry(AnswerType.ELIGIBILITY, Pattern.compile("符合|条件|对象|凡是|具有|户籍|年满|低保|特困|困难|残疾|退役|毕业生|老年人")),
            Map.entry(AnswerType.PURPOSE, Pattern.compile("用于|用在|用来|用作|用途|投向|投入到|专款专用")),
            Map.entry(AnswerType.REASON, Pattern.compile("因为|由于|为了|旨在|目的|原因|为让|以便|为确保|为进一步|导致")),
            Map.entry(AnswerType.PROCEDURE, Pattern.compile(STEPS + "|" + CHANNEL)),
            Map.entry(AnswerType.MANNER, Pattern.compile(STEPS + "|通过")));

    /** What answers 上午还是下午: the part of the day, or a clock time. */
    static final Pattern PART_OF_DAY = Pattern.compile(TIME_WORD + "|" + BY_KIND.get(AnswerType.TIME_OF_DAY).pattern());

    private EvidencePatterns() {
    }

    /** The pattern of the kind's printed evidence, or null for a kind found only by names or not at all. */
    static Pattern of(AnswerType type) {
        return BY_KIND.get(type);
    }
}
