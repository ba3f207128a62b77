package newsdesk.ingest;

import java.util.regex.Pattern;
import newsdesk.text.ChineseText;

/**
 * What a headline line looks like on these pages: short, no sentence-final or enumeration
 * punctuation, at most one comma in a very short line (听，这深情的足音). Also the kinds of
 * headline line that are not the main title: kicker, sub-headline and unit line.
 */
class HeadlineRules {

    static final int MAX_HEADLINE_CHARS = 40;
    private static final int MAX_SUB_HEADLINE_CHARS = 50;
    private static final int MAX_CHARS_WITH_COMMA = 10;
    private static final int MAX_UNIT_LINE_CHARS = 10;
    private static final int MIN_PHRASE_CHARS = 3;
    private static final Pattern FORBIDDEN = Pattern.compile("[。；;、]");
    private static final Pattern KICKER_END = Pattern.compile("(?:：|:|强调|指出|表示|要求)$");
    private static final Pattern UNIT_END = Pattern.compile(
            "(?:街道|办事处|工委|委员会|中心|局|社区|公司|医院|学校|镇|乡|村|县|区|部|厅|站|所|队|院)$");
    private static final Pattern PHRASE_BREAK = Pattern.compile("\\s+");

    boolean looksLikeHeadline(String line) {
        String text = line.strip();
        int chars = visibleChars(text);
        if (chars == 0 || ChineseText.endsAtFullStop(text)) {
            return false;
        }
        if (isSubHeadline(text)) {
            return chars <= MAX_SUB_HEADLINE_CHARS;
        }
        if (chars > MAX_HEADLINE_CHARS || FORBIDDEN.matcher(text).find() || text.endsWith("，")) {
            return false;
        }
        long commas = text.chars().filter(c -> c == '，' || c == ',').count();
        return commas == 0 || (commas == 1 && chars <= MAX_CHARS_WITH_COMMA);
    }

    /** Two or more phrases of Chinese set apart by a space: 穿针巧引线 破解“受理难”. */
    boolean hasPhraseBreak(String line) {
        String[] phrases = PHRASE_BREAK.split(line.strip());
        if (phrases.length < 2) {
            return false;
        }
        for (String phrase : phrases) {
            if (phrase.codePoints().filter(ChineseText::isHan).count() < MIN_PHRASE_CHARS) {
                return false;
            }
        }
        return true;
    }

    boolean isSubHeadline(String line) {
        return line.startsWith("——");
    }

    boolean isKicker(String line) {
        return KICKER_END.matcher(line.strip()).find();
    }

    /** A short organisation name printed under a complete headline: 示范区纪委监察工委, 搬口街道. */
    boolean isUnitLine(String line, String lineAbove) {
        String text = line.strip();
        return visibleChars(text) <= MAX_UNIT_LINE_CHARS && !text.contains(" ")
                && UNIT_END.matcher(text).find() && hasPhraseBreak(lineAbove);
    }

    private static int visibleChars(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
