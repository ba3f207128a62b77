package newsdesk.answer.dates;

/** A small count as a question writes it: 7, 七, 十五, 两. */
final class ChineseCount {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseCount() {
    }

    /** @throws NumberFormatException for anything else, so the words are not read as a date */
    static int parse(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String digits = text.replace('两', '二');
        int ten = digits.indexOf('十');
        if (ten < 0) {
            return digit(digits);
        }
        int tens = ten == 0 ? 1 : digit(digits.substring(0, ten));
        int ones = ten == digits.length() - 1 ? 0 : digit(digits.substring(ten + 1));
        return tens * 10 + ones;
    }

    private static int digit(String one) {
        int value = one.length() == 1 ? DIGITS.indexOf(one.charAt(0)) : -1;
        if (value < 0) {
            throw new NumberFormatException("not a count: " + one);
        }
        return value;
    }
}
