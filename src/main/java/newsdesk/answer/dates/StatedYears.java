package newsdesk.answer.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.text.WidthFolding;

/**
 * The years a sentence says its facts are of (2022年…每亩970元, 2023—2025年, 2021年以来), so that a question about
 * 2023 is not answered by last year's figure printed in a 2023 page as a look back: the page's date lets both
 * through, the sentence's own year tells them apart.
 */
public final class StatedYears {

    /** A year, or a span of two, written before 年; 以来 after it runs to the present. */
    private static final Pattern YEARS = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?:年?\\s*[—–\\-至到~]\\s*((?:19|20)\\d{2}))?年(以来)?");

    /** Digits a page broke with a space (2 022年) are still one year. */
    private static final Pattern DIGIT_GAPS = Pattern.compile("(?<=\\d)\\s+(?=\\d)");

    private StatedYears() {
    }

    /**
     * Whether the question asks about a year and the sentence states years, none of them that one: it is about
     * another year than the one asked. A sentence that states no year says nothing against it; nor does any
     * sentence when the question's dates are not a whole year (今年报纸上说…, 上个月), which pick pages, not the
     * year a figure is of.
     */
    public static boolean contradict(String sentence, DateRange range) {
        if (!range.wholeYear()) {
            return false;
        }
        List<int[]> spans = spans(sentence);
        if (spans.isEmpty()) {
            return false;
        }
        int first = range.from().getYear();
        int last = range.to().getYear();
        return spans.stream().noneMatch(span -> span[0] <= last && span[1] >= first);
    }

    /** The latest year the sentence says its facts are of (a span's end; 以来 its start), if it states one. */
    public static OptionalInt latest(String sentence) {
        return spans(sentence).stream()
                .mapToInt(span -> span[1] == Integer.MAX_VALUE ? span[0] : span[1])
                .max();
    }

    private static List<int[]> spans(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = YEARS.matcher(DIGIT_GAPS.matcher(WidthFolding.toHalfWidth(sentence)).replaceAll(""));
        while (matcher.find()) {
            int from = Integer.parseInt(matcher.group(1));
            int to = matcher.group(2) != null ? Integer.parseInt(matcher.group(2))
                    : matcher.group(3) != null ? Integer.MAX_VALUE : from;
            spans.add(new int[] {from, Math.max(from, to)});
        }
        return spans;
    }
}
