package newsdesk.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises in a sentence the kind of thing a question asks for. */
final class AnswerEvidence {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万亿]+)\\s*(?:多|余)?\\s*"
                    + "(?:万|亿|千)?(?:元|块|名|人|个|户|家|次|场|项|件|份|所|座|条|处|套|位|支|平方米|米|公里|千米|吨|斤|亩|岁|天|小时|分钟|%|％|倍|台|辆|张|册|本|万元|亿元|场次|人次|余人|立方米|公分|厘米|毫米|公斤|千克|公尺|平方公里)");
    /** 多少钱 asks for 元, 多少户 for 户: the unit after the question word, where there is one. */
    private static final Pattern ASKED_UNIT = Pattern.compile("(?:多少|几)(钱|人|名|户|个|家|次|场|项|件|份|条|处|支|位|天|倍|岁|米|平方米|立方米|公里)");
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}\\s*年|\\d{1,2}\\s*月\\s*\\d{0,2}\\s*日?|今年|去年|明年|上半年|下半年|近日|日前|\\d{1,2}\\s*点|上午|下午|每[天周月年]");
    private static final Pattern PLACE = Pattern.compile(
            "\\p{IsHan}{1,12}(?:区|县|市|镇|乡|村|街道|社区|小区|广场|公园|游园|图书馆|文化馆|馆|中心|医院|学校|大厦|酒店|路|街|站|基地|园区|产业园)");
    private static final Pattern PERSON = Pattern.compile(
            "(?:书记|主任|区长|市长|县长|局长|馆长|主席|负责人|经理|厨师长|工程师|技术员|女士|先生|记者)\\p{IsHan}{0,3}|"
                    + "\\p{IsHan}{2,3}(?:说|表示|指出|强调|介绍)");
    private static final Pattern LIST = Pattern.compile("、.+、|等");

    private AnswerEvidence() {
    }

    private static boolean numberInAskedUnit(String sentence, String question) {
        Matcher asked = ASKED_UNIT.matcher(question);
        if (!asked.find()) {
            return NUMBER_WITH_UNIT.matcher(sentence).find();
        }
        String unit = switch (asked.group(1)) {
            case "钱" -> "(?:元|块)";
            case "人", "名" -> "(?:人|名)";
            default -> Pattern.quote(asked.group(1));
        };
        return Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:多|余)?\\s*(?:万|亿|千)?\\s*(?:多|余)?" + unit).matcher(sentence).find();
    }

    /** 1 when the sentence holds the kind of answer asked for, 0 when not; OTHER questions always 0. */
    static double matches(AnswerType type, String sentence) {
        return matches(type, sentence, "");
    }

    /** As {@link #matches(AnswerType, String)}, requiring the unit the question asks in (多少钱 → 元). */
    static double matches(AnswerType type, String sentence, String question) {
        boolean found = switch (type) {
            case NUMBER -> numberInAskedUnit(sentence, question);
            case DATE -> DATE.matcher(sentence).find();
            case PLACE -> PLACE.matcher(sentence).find();
            case PERSON -> PERSON.matcher(sentence).find();
            case LIST -> LIST.matcher(sentence).find();
            case OTHER -> false;
        };
        return found ? 1.0 : 0.0;
    }
}
