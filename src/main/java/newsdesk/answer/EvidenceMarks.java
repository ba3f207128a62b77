package newsdesk.answer;

import java.util.regex.Pattern;
import newsdesk.text.ChineseText;

/**
 * The marks a sentence prints around a piece of evidence that say what it is: an amount as a rate (每人, 标准), a place
 * as the venue (在…召开), a date as still to come (将于). {@link AskedDetail} decides which marks a question needs.
 */
final class EvidenceMarks {

    /** What makes a printed amount a rate, in the few characters before it or right after it. */
    private static final Pattern RATE_MARK = Pattern.compile("每|人均|平均|标准|月薪|年薪|一次性|/|／|元一|按月");
    private static final int RATE_MARK_BEFORE = 12;
    private static final int RATE_MARK_AFTER = 4;

    /** How a venue is introduced, just before its name: 在…召开, 于…举行, 到…开展, 走进…. */
    private static final String VENUE_MARKS = "在于到进赴";
    private static final Pattern VENUE_MARK = Pattern.compile("[" + VENUE_MARKS + "]");
    private static final int VENUE_MARK_BEFORE = 3;
    /** Characters of the larger place a venue's name may follow (在关帝庙历史文化街区 + 更新改造项目指挥部). */
    private static final int VENUE_NAME_REACH = 12;

    private static final Pattern UPCOMING_BEFORE = Pattern.compile("将|计划|预计|拟|下一|下次|下周|下月|届时|即将");
    private static final Pattern UPCOMING_AFTER = Pattern.compile("^\\s*(?:前|起|开始|以前|之前)");
    private static final int UPCOMING_MARK_BEFORE = 6;

    private EvidenceMarks() {
    }

    /**
     * Whether a venue mark stands just before the span, or before the name of the larger place it is the end of:
     * the pattern finds 关帝庙历史文化街区 and 更新改造项目指挥部 as two places, and only the first follows 在.
     */
    static boolean venueMarked(String sentence, int start) {
        int at = start;
        while (at > 0 && start - at < VENUE_NAME_REACH && ChineseText.isHan(sentence.charAt(at - 1))
                && VENUE_MARKS.indexOf(sentence.charAt(at - 1)) < 0) {
            at--;
        }
        return VENUE_MARK.matcher(before(sentence, at, VENUE_MARK_BEFORE)).find();
    }

    /** Whether a date is announced as coming: 将于3月5日, 4月底前, 下月起. */
    static boolean announcedAsComing(String sentence, int start, int end) {
        return UPCOMING_BEFORE.matcher(before(sentence, start, UPCOMING_MARK_BEFORE)).find()
                || UPCOMING_AFTER.matcher(sentence.substring(end)).find();
    }

    /** Whether an amount is printed as a rate: 每人2000元, 人均, 标准为…, 一次性. */
    static boolean printedAsRate(String sentence, int start, int end) {
        String around = before(sentence, start, RATE_MARK_BEFORE) + sentence.substring(start, Math.min(sentence.length(), end + RATE_MARK_AFTER));
        return RATE_MARK.matcher(around).find() || sentence.substring(start, end).contains("免费");
    }

    /** The few characters of the sentence just before a span, where what marks the evidence stands. */
    private static String before(String sentence, int start, int chars) {
        return sentence.substring(Math.max(0, start - chars), start);
    }
}
