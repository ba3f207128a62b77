package newsdesk.answer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question narrows its asked-for kind to, beyond the kind itself, read from the question once: an amount
 * per person rather than a total, a count in the unit it names, the holder of the role it names rather than a
 * body, the venue of an event rather than its organiser, and never its own place. {@link TypeEvidence} finds the
 * kind; this decides which of what it finds is the asked-for thing.
 *
 * @param role  the role whose holder is asked for (组长 in 督导组的组长是谁), or empty
 * @param venue whether the question asks where an event was held (表彰大会是在哪儿开的)
 * @param upcoming whether the question asks when something happens next (下回啥时候还发蔬菜)
 * @param kind  the kind of place or body asked for (村 in 菜是从哪个村拉来的, 公司 in 哪家公司在施工), or empty
 * @param partOfDay whether the question asks 上午还是下午, which a bare 上午 answers
 * @param day   whether the question asks for a day (报名截止到哪天), which a year alone (2024年春季征兵) does not answer
 * @param service what a citizen asks where to go to do (报名 in 征兵到哪报名), or empty
 * @param total whether the question asks for an amount all together (补贴一共发了多少钱), which a rate does not answer
 */
record AskedDetail(AnswerType type, String question, boolean rate, String unit, String role, boolean venue,
                   boolean upcoming, String kind, boolean partOfDay, boolean day, String service,
                   boolean total) {

    /**
     * Where to go to do something (到哪报名, 去哪里办理): answered by a place the sentence says it is done at (到…报名),
     * not by where the paper's story happened (在梁寨村和贾寨村，…开展征兵宣传) with the deed told elsewhere.
     */
    private static final Pattern ASKS_SERVICE_PLACE = Pattern.compile(
            "(?:在|到|去)哪(?:儿|里|个地方)?(报名|登记|申请|领取?|办理|缴费|咨询)");

    private static final Pattern ASKS_DAY = Pattern.compile("哪天|哪一天|几号|几日|几月几");
    /** A date no finer than a year. */
    private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}\\s*年|今年|去年|明年|上半年|下半年");

    /**
     * A question for an amount per person, per month or per unit (一个人一个月能领多少钱, 多少钱一斤, 人均, 平均一个中心),
     * or for what one receives (能领到多少补助, unless 一共): a total (共发放低保金242万余元) does not answer it, only an
     * amount printed as a rate.
     */
    private static final Pattern ASKS_RATE = Pattern.compile(
            "(?:每|一)个?(?:人|户|月|年|天|次|斤|亩|名|位|小时|学期|节课)|人均|平均|多少钱一|月薪|年薪|[月日]工资|标准"
                    + "|(?<!一共|总共|共|总|全部)能(?:领|拿)到?多少");
    /** A question for what all received together: 每人2000元 is not what 一共发了多少钱 asks. */
    private static final Pattern ASKS_TOTAL = Pattern.compile("一共|总共|共计|合计|总计|总额|总金额");
    /** The unit a counting question names (多少户, 几个, 多少名): the count must be in it. */
    private static final Pattern COUNTED_UNIT = Pattern.compile(
            "(?:多少|几)(人次|名|人|个|户|家|次|场|项|件|份|所|座|条|处|套|位|支|台|辆|张|批|栋|村|类|种|期|对|组|间|级|立方米|平方米|吨|公里|米|亩|倍|方(?![面式法案向]))");

    /**
     * A role whose holder the question asks for. Its answer is a person printed with that role (组长张某), so a
     * sentence that never names the role, or names only bodies, does not say who holds it.
     */
    private static final Pattern ASKS_ROLE_HOLDER = Pattern.compile(
            "(组长|干部|书记|主任|队长|负责人|馆长|局长|站长|校长|院长|经理|会长|部长|区长|市长|县长|镇长|村长|社长|主席|厨师长"
                    + "|董事长|老总|老板|红旗手|标兵|模范|先进个人)[，,]?(?:都|又|分别)?(?:是谁|有谁|是哪位|是哪些人|叫什么|叫啥|姓什么|姓啥)");
    /** A role a citizen names in everyday words, and the titles the paper prints for it (物业公司总经理金笛). */
    private static final Map<String, Pattern> ROLE_AS_PRINTED = Map.of(
            "老总", Pattern.compile("总经理|董事长|总裁|老总"),
            "老板", Pattern.compile("经理|董事长|负责人|老板|店主"));

    /** Where an event was held (在哪儿开, 在咱国哪个地方办): answered by the place it was held in (在…召开), not by who held it. */
    private static final Pattern ASKS_VENUE = Pattern.compile(
            "在[^，,。？?]{0,4}(?:哪|什么地方|哪个地方)(?:儿|里)?(?:开|办|举行|举办|召开|搞|进行|展出|展览)|(?:举行|举办|召开|开会)的?地点");
    /**
     * When a thing happens next: the date a report gives for what was held (1月11日上午，…发放蔬菜) is past by the
     * time it is read, so only a date announced as coming answers it (将于3月5日, 4月底前, 下月起).
     */
    private static final Pattern ASKS_NEXT_TIME = Pattern.compile("下回|下次|下一次|下一回|下一期|下一批|下一轮|再[办开搞发举]");
    /** A question naming the kind of place it asks for: 哪个村 is answered by a village, not by the square. */
    private static final Pattern ASKS_PLACE_KIND = Pattern.compile("哪几?个?(乡镇|村|镇|乡|社区|小区|街道|县)");
    /**
     * A question for a firm, of any trade (哪家公司在施工, 请的是哪家物业公司): not answered by the project's 指挥部, a 局 or
     * the 社区 it serves.
     */
    private static final Pattern ASKS_COMPANY = Pattern.compile("哪(?:家|个|些)\\p{IsHan}{0,2}?(公司|企业)");
    private static final Pattern PUBLIC_BODY_END = Pattern.compile(
            "(?:局|委|委员会|中心|办|办公室|办事处|院|部|站|所|队|街道|社区|馆|工委|党委|政府|指挥部)$");
    /**
     * How the name of a place of some kind ends. A name without such an end may still be of the asked kind, since
     * the paper often leaves it off (崔庄肉牛养殖 for 崔庄村, 盛和 tagged as a place).
     */
    private static final Pattern PLACE_KIND_END = Pattern.compile(
            "(?:村|镇|乡|社区|小区|街道|县|区|市|广场|园|园区|基地|馆|中心|医院|学校|酒店|大厦)$");
    /** The country, the province and the city the paper serves: never the village, town or community asked for. */
    private static final Pattern ABOVE_A_COUNTY = Pattern.compile("中国|我国|全国|河南省?|周口市?");
    /** A level of place a name may be printed with or without (郸城县 for 郸城). */
    private static final String PLACE_LEVELS = "省市县区镇乡村";

    /** Characters of a question's place a span must end with to be that place: a name and its suffix (扬帆广场). */
    private static final int ASKED_PLACE_MIN = 3;

    static AskedDetail of(AnswerType type, String question) {
        Matcher unit = COUNTED_UNIT.matcher(question);
        Matcher role = ASKS_ROLE_HOLDER.matcher(question);
        Matcher placeKind = ASKS_PLACE_KIND.matcher(question);
        Matcher company = ASKS_COMPANY.matcher(question);
        Matcher service = ASKS_SERVICE_PLACE.matcher(question);
        return new AskedDetail(type, question,
                type == AnswerType.MONEY && ASKS_RATE.matcher(question).find(),
                type == AnswerType.COUNT && unit.find() ? unit.group(1) : "",
                type == AnswerType.PERSON && role.find() ? role.group(1) : "",
                type == AnswerType.PLACE && ASKS_VENUE.matcher(question).find(),
                (type == AnswerType.DATE || type == AnswerType.DATE_RANGE || type == AnswerType.TIME_OF_DAY)
                        && ASKS_NEXT_TIME.matcher(question).find(),
                type == AnswerType.PLACE && placeKind.find() ? placeKind.group(1)
                        : type == AnswerType.ORGANISATION && company.find() ? company.group(1) : "",
                type == AnswerType.TIME_OF_DAY && AnswerType.PART_OF_DAY_ASKED.matcher(question).find(),
                type == AnswerType.DATE && ASKS_DAY.matcher(question).find(),
                type == AnswerType.PLACE && service.find() ? service.group(1) : "",
                type == AnswerType.MONEY && !ASKS_RATE.matcher(question).find() && ASKS_TOTAL.matcher(question).find());
    }

    /** Whether the sentence can hold the asked thing at all: a role's holder only where the role is printed. */
    boolean sentenceMayHold(String sentence) {
        if (role.isEmpty()) {
            return true;
        }
        Pattern printed = ROLE_AS_PRINTED.get(role);
        return printed == null ? sentence.contains(role) : printed.matcher(sentence).find();
    }

    /** 谁 is answered by a body as often as by a person (由街道人大工委具体负责), but a role is held by a person. */
    boolean bodiesAnswer() {
        return role.isEmpty();
    }

    /** Whether evidence found at {@code [start, end)} of the sentence is the asked-for thing. */
    boolean admits(String sentence, int start, int end) {
        String found = sentence.substring(start, end);
        return inUnit(found) && !endsWithAskedPlace(found) && ofAskedKind(found)
                && (!rate || EvidenceMarks.printedAsRate(sentence, start, end))
                && !(total && EvidenceMarks.printedAsRate(sentence, start, end))
                && (!venue || EvidenceMarks.venueMarked(sentence, start))
                && (!upcoming || EvidenceMarks.announcedAsComing(sentence, start, end))
                && !(day && YEAR_ONLY.matcher(found).matches())
                && (service.isEmpty() || sentence.indexOf(service, end) >= 0);
    }

    /**
     * Whether a place span is the question's own place with words before it (积极打造 + 廉洁文化主题广场 asked about):
     * it ends with three or more characters of the question that end in the same suffix; or it is the question's
     * place with its level (郸城县 for 郸城).
     */
    private boolean endsWithAskedPlace(String span) {
        if (type != AnswerType.PLACE) {
            return false;
        }
        int last = span.length() - 1;
        if (last >= 2 && PLACE_LEVELS.indexOf(span.charAt(last)) >= 0 && question.contains(span.substring(0, last))) {
            return true;
        }
        for (int start = 0; start <= span.length() - ASKED_PLACE_MIN; start++) {
            if (question.contains(span.substring(start))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place or body the question asks the kind of (哪个村, 哪家公司) is not answered by one named as another kind
     * (文昌街道 for a village, 项目指挥部 for a firm).
     */
    private boolean ofAskedKind(String span) {
        if (endsAsAsked(span)) {
            return true;
        }
        if (type == AnswerType.PLACE && ABOVE_A_COUNTY.matcher(span).matches()) {
            return false;
        }
        Pattern otherKind = type == AnswerType.ORGANISATION ? PUBLIC_BODY_END : PLACE_KIND_END;
        return !otherKind.matcher(span).find();
    }

    /** Whether a name ends with the kind asked for (乡镇: either), or none is asked for. */
    boolean endsAsAsked(String name) {
        return kind.isEmpty() || name.endsWith(kind)
                || kind.equals("乡镇") && (name.endsWith("乡") || name.endsWith("镇"));
    }

    /** Whether the question counts in a unit of its own and {@code evidence} is a figure in it (多少项, 15项). */
    boolean countsInOwnUnit(String evidence) {
        return !unit.isEmpty() && !unit.equals("个") && inUnit(evidence);
    }

    /** 个 counts any thing, but no sum of money or share; people are counted as 人 or 名 alike. */
    private boolean inUnit(String evidence) {
        if (unit.isEmpty()) {
            return true;
        }
        if (unit.equals("个")) {
            return !evidence.endsWith("元") && !evidence.endsWith("%") && !evidence.endsWith("％");
        }
        if (unit.equals("人") || unit.equals("名")) {
            return evidence.endsWith("人") || evidence.endsWith("名") || evidence.endsWith("人次");
        }
        // 多少方 is the spoken 立方米.
        if (unit.equals("方")) {
            return evidence.endsWith("方") || evidence.endsWith("立方米");
        }
        // 14场次, 300户次: a count of occasions in the unit asked about.
        return evidence.endsWith(unit) || evidence.endsWith(unit + "次");
    }
}
