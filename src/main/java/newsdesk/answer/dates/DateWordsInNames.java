package newsdesk.answer.dates;

import java.util.regex.Pattern;

/**
 * Whether date words belong to a name rather than ask about a time: 近期 in 《现代物流业发展近期行动方案》 is
 * the programme's name, and the question about it asks about no "last 30 days"; so is anything inside
 * quotes or book-title marks. A name here is the date words glued, without 的, to a noun that heads
 * programmes and documents (方案, 规划, 工程…), itself not followed by the verb it would be in 今年计划投资.
 */
final class DateWordsInNames {

    /** Quote pairs whose inside is a name or a title as printed. */
    private static final String OPENING = "《“「『\"";
    private static final String CLOSING = "》”」』\"";

    /**
     * The date words, up to four characters of the name's own, and its head. The characters between may not
     * be a verb or particle that would end the phrase (最近有什么项目: 有), and the head must end the noun
     * phrase: what follows it is punctuation, the end, or a word that goes on about the name (是, 的, 里…).
     */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "^[^有是的在搞发开办做要了怎什啥哪多几吗呢和与及让把被给对，。？！、\\s]{0,4}?"
                    + "(?:方案|规划|纲要|计划|目标|工程|项目|行动|政策|意见|办法|条例|规定|要点|任务|战略)"
                    + "(?:$|[^\\p{IsHan}]|[是的里中有要管怎什啥哪多几吗呢和与])");

    private DateWordsInNames() {
    }

    /** Whether {@code text}'s characters {@code start} to {@code end} are date words inside a name. */
    static boolean insideName(String text, int start, int end) {
        return quoted(text, start) || NAME_AFTER.matcher(text.substring(end)).find();
    }

    /** Inside a quote pair that opens before {@code start} and is not closed before it. */
    private static boolean quoted(String text, int start) {
        int depth = 0;
        for (int i = 0; i < start; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                depth = depth > 0 ? depth - 1 : depth + 1;
            } else if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
