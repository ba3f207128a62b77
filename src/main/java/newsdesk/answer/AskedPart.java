package newsdesk.answer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question for one part of what the paper may only print as a total: 光教育这一块花了多少钱 asks for the
 * education share, and 教育、社保就业、卫生健康等民生支出为64837万元 gives the sum of all three, not that share.
 */
final class AskedPart {

    /** 光X这一块, 单单X就, 仅X方面: the citizen singles out X. */
    private static final Pattern SINGLED_OUT = Pattern.compile(
            "(?<![阳观风灯时目不])(?:光|单单|单是|仅仅|仅)(?!伏)(\\p{IsHan}{2,4}?)(?=这一块|这块|这一项|这项|方面|一项|就)");
    /** A run of listed items: words joined by the enumeration comma. */
    private static final Pattern LISTED = Pattern.compile("[\\p{IsHan}、]+");

    private AskedPart() {
    }

    /** The part the question singles out, if it does. */
    static Optional<String> in(String question) {
        var singled = SINGLED_OUT.matcher(question);
        return singled.find() ? Optional.of(singled.group(1)) : Optional.empty();
    }

    /**
     * Whether the sentence names the part only as one item of a list (教育、社保就业、卫生健康), so that a figure
     * after the list is the list's, not the part's. The list's last item carries the figure after it as its own
     * (卫生支出5000万元、教育支出8000万元), unless it ends the list with 等.
     */
    static boolean onlyListedWithOthers(String part, String sentence) {
        boolean named = false;
        var runs = LISTED.matcher(sentence);
        while (runs.find()) {
            String[] items = runs.group().split("、");
            for (int i = 0; i < items.length; i++) {
                if (!items[i].contains(part)) {
                    continue;
                }
                named = true;
                boolean last = i == items.length - 1;
                if (items.length < 2 || last && !items[i].contains("等")) {
                    return false;
                }
            }
        }
        return named;
    }
}
