package newsdesk.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for, read from its cue words. A sentence that holds that kind
 * of thing (an amount in 元 for 多少钱, a clock time for 几点开门) is far more likely the answer than
 * one that merely repeats the question's words; and when no sentence about the topic holds it, the
 * paper does not say.
 *
 * <p>{@code checkable} types have evidence precise enough to decide "the paper does not print this":
 * a phone number or an hour is either in the text or not. A procedure is printed with its steps' verbs
 * (通过…办理, 拨打, 扫码, 携带), so a sentence that only names the programme is no answer to 咋申请. How something
 * was done (咋选出来的), a reason or a yes/no has no such mark, so for those the topic's best sentence is quoted.
 */
enum AnswerType {
    PHONE(true),
    PURPOSE(true),
    ADDRESS(true),
    TIME_OF_DAY(true),
    DATE_RANGE(true),
    FREQUENCY(true),
    AGE(true),
    DOCUMENTS(true),
    ELIGIBILITY(true),
    DURATION(true),
    PERCENTAGE(true),
    MONEY(true),
    SIZE(true),
    COUNT(true),
    DATE(true),
    PERSON(true),
    ORGANISATION(true),
    PLACE(true),
    REASON(false),
    PROCEDURE(true),
    MANNER(false),
    LIST(true),
    YES_NO(false),
    OTHER(false);

    /** 那几个中心 points at some things; it asks for no number (as for COUNT). */
    private static final String HOW_MANY = "(?:多少|(?<![哪那这])几|多高|多大|是多少|标准)";
    private static final String MONEY_WORD = "(?:钱|元|块钱|金额|费用|资金|补贴|补助|奖励|奖金|投资|预算|收入|支出|价格|价钱|收费|工资|经费|成本"
            + "|花了|花费|交易额|销售额|产值|营收|税收|利润|生产总值|低保金|救助金|贷款|信贷|贷)";

    /** 上午还是下午: a question for the part of the day, which 上午 or 下午 answers without a clock time. */
    static final Pattern PART_OF_DAY_ASKED = Pattern.compile("(?:上午|早上|白天)\\p{IsHan}{0,3}还是(?:下午|晚上)");

    /** Cue patterns in checking order: the more specific kinds first (几点 before 几, 几岁 before 几). */
    private static final List<Cue> CUES = List.of(
            new Cue(PHONE, "电话|号码|热线|联系方式|手机号|怎么联系|如何联系|联系谁|打哪个"),
            // 钱用到哪儿了 asks what it was spent on, not where: the paper prints it as 用于….
            new Cue(PURPOSE, "(?:用|花)(?:到|在|于)了?(?:哪|什么地方|啥地方|什么上|啥上|什么方面|啥方面)|用途|(?:干|做)(?:什么|啥)用"),
            // Before DATE's 几号: 在哪条街几号 asks for a house number, not a day.
            new Cue(ADDRESS, "地址|门牌|哪条(?:街|路|大道|巷)|在哪个?(?:路|街)|几号楼|具体位置"),
            new Cue(TIME_OF_DAY, "几点|" + PART_OF_DAY_ASKED.pattern() + "|几时开|开放时间|办公时间|上班时间|下班时间|营业时间|作息时间"
                    + "|(?:什么时候|何时|什么时间)(?:开门|关门|开放|营业|上班|下班|闭馆|开馆)"),
            new Cue(DATE_RANGE, "几号到几号|哪天到哪天|几月到几月|什么时候到什么时候|起止|从(?:几号|哪天|什么时候|何时)|哪段(?:日子|时间)|什么时间段|哪几天"
                    + "|(?:开始|持续)到(?:哪天|几号|什么时候)"),
            new Cue(FREQUENCY, "(?:多久|多长时间)\\p{IsHan}{0,4}一[次回趟]|隔多久|每隔|频率|几年一[次回]|[一每][年月周天季](?:几|多少)[次回]"),
            new Cue(AGE, "几岁|多大年纪|多少岁|年龄|多大岁数|岁数(?:多大|是多少|要求|限制)|多大的(?:孩子|娃|老人|人)|年满"),
            // A card named as a topic (社保卡在哪儿办) is no question about what to bring.
            new Cue(DOCUMENTS, "(?:什么|哪些|啥)材料|材料有哪些|准备(?:什么|啥|哪些)|带(?:什么|啥|哪些)|要带|需要带"
                    + "|(?:带|准备|出示|提供|拿|交|登记|要)[^？?，,。]{0,3}(?:证件|身份证|户口本|医保卡|社保卡|证明)"),
            // 哪些人能领 asks who may; 哪些人评上了 asks for names, a list.
            new Cue(ELIGIBILITY, "哪些人(?=.{0,4}(?:可以|能|有资格|符合|享受|领|申请|报名))|什么人(?:可以|能)|谁(?:可以|能|有资格)|(?:什么|啥|哪些)条件|符合.{0,8}条件|资格|哪类人|对象(?:是|有|包括)(?:哪些|谁|什么|啥)|适用于谁"),
            new Cue(DURATION, "多久|多长时间|几天|几年|几个月|多少天|多少年|几周(?!年)|任期|期限|为期多"),
            new Cue(PERCENTAGE, "百分之|比例|占比|百分比|增长了?多少|增幅|增速|下降了?多少|[率]是多少|多少%|几成"),
            new Cue(MONEY, HOW_MANY + ".{0,4}" + MONEY_WORD + "|" + MONEY_WORD + ".{0,8}" + HOW_MANY + "|几块"),
            new Cue(SIZE, "多大面积|面积|多少平方米|多少平米|多少亩|多长|多宽|多远|多少公里|规模多大|占地|多大"),
            // 哪几个村 asks which ones, not how many; 那几栋大楼 points at some.
            new Cue(COUNT, "多少|(?<![哪那这])几[个名家次项人户场条处位份所座批支辆台件栋类级]|几+[万千百]|数量"),
            new Cue(DATE, "什么时候|何时|哪天|哪一天|哪年|哪一年|几月|几号|几日|日期|截止|什么时间|啥时候"),
            // 哪个部门管？有事该找谁？ asks for a body: the named kind of body is the more specific cue.
            new Cue(ORGANISATION, "哪个单位|哪几个单位|哪些单位|哪几家|哪家|哪个部门|什么单位|什么部门|哪个机构|什么机构|由哪个|哪个公司|哪个企业"),
            // 那个合作社叫什么名字 asks for a body's name: only a person's title before 叫 asks for a person.
            new Cue(PERSON, "谁|哪位|什么人|何人|负责人是|姓名|(?:长|人|员|书记|主任|师傅|老师|代表|老总|老板|经理)[，,]?叫(?:什么|啥)"
                    + "|哪(?:个|名|一位)(?:记者|领导|干部|医生|老师|书记|主任|同志|工作人员)"),
            new Cue(PLACE, "哪里|哪儿|在哪|去哪|到哪(?:儿|里)?(?=报名|去|办|登记|申请|领|咨询|找|交|[？?啊呀呢]|$)|什么地方|何地|何处|地点|地址|哪个地方|哪些地方|位于|什么位置|哪几?个?(?:村|镇|乡|区|县|小区|社区|街道)"),
            new Cue(REASON, "为什么|为何|原因|怎么回事|咋回事|为啥|何故"),
            // 咋选出来的, 怎么解决的: how something was done, which a report tells as what happened, not as steps;
            // 咋处理, 怎么解决: what a body does about it, told as what it did, not as a citizen's steps.
            new Cue(MANNER, "(?:怎么|咋|如何|怎样)(?!样|回事)[^？?，,。]{0,10}的(?:[？?，,。]|$)"
                    + "|(?:怎么|咋|如何|怎样)(?:处理|解决|处置|化解|推进|落实|保障|治理|整治|帮扶|监督|管理)"),
            new Cue(PROCEDURE, "怎么(?!样)|如何|怎样|流程|步骤|手续|咋(?!样|回事|了|这么|那么)|哪里办|去哪办"),
            // 是不是都有了 asks yes or no, not for the list.
            new Cue(YES_NO, "吗[？?]?$|(?<![不没])不[？?]?$|是否|能不能|可不可以|有没有|是不是|会不会|要不要|可以.{0,10}吗"),
            // 哪七个 asks which seven the paper counted: their names.
            new Cue(LIST, "哪些|有什么|有啥|有哪|包括什么|包含什么|都有|哪几|哪[两三四五六七八九十]+[个项条家类种]"));

    /** Where one question of a message ends and the next begins. */
    private static final Pattern PARTS = Pattern.compile("[？?！!。；;]+");
    /** Words the question quotes: 说“就那几百米”的是谁 asks who, and the 几百 it quotes asks for no count. */
    private static final Pattern QUOTED = Pattern.compile("“[^“”]*”|\"[^\"]*\"|「[^「」]*」");
    /** What stands in for a quoted character: it is no cue of any kind. */
    private static final char QUOTED_CHARACTER = '_';

    private final boolean checkable;

    AnswerType(boolean checkable) {
        this.checkable = checkable;
    }

    /** Whether the absence of this kind of evidence means the paper does not print the fact. */
    boolean checkable() {
        return checkable;
    }

    /**
     * The kind the question's cues ask for; a question of several parts whose first asks for no checkable kind
     * takes the first part that does (议事代表是咋选出来的？都有哪些人？ asks for a list the paper may not print).
     */
    static AnswerType of(String text) {
        String question = withoutQuotedWords(text);
        AnswerType whole = ofPart(question);
        if (whole.checkable()) {
            return whole;
        }
        for (String part : PARTS.split(question)) {
            AnswerType type = ofPart(part);
            if (type.checkable()) {
                return type;
            }
        }
        return whole;
    }

    private static AnswerType ofPart(String question) {
        for (Cue cue : CUES) {
            if (cue.pattern().matcher(question).find()) {
                return cue.type();
            }
        }
        return OTHER;
    }

    /**
     * Where in the question this kind is asked for: the first of its cues; empty when none stands there (OTHER). In 新盖和翻修那几个党员群众活动的中心，花了多少钱 the amount is asked at 花了多少钱, not
     * at 那几个.
     */
    Optional<MatchResult> cueIn(String question) {
        String unquoted = withoutQuotedWords(question);
        for (Cue cue : CUES) {
            if (cue.type() == this) {
                var cueMatch = cue.pattern().matcher(unquoted);
                if (cueMatch.find()) {
                    return Optional.of(cueMatch.toMatchResult());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The question with the words it quotes blanked out, character for character, so cue offsets still point into the
     * question; a question that is all quote keeps its words, or nothing would be left to read.
     */
    private static String withoutQuotedWords(String question) {
        String masked = QUOTED.matcher(question)
                .replaceAll(quote -> String.valueOf(QUOTED_CHARACTER).repeat(quote.group().length()));
        return masked.chars().anyMatch(Character::isIdeographic) ? masked : question;
    }

    private record Cue(AnswerType type, Pattern pattern) {
        Cue(AnswerType type, String regex) {
            this(type, Pattern.compile(regex));
        }
    }
}
