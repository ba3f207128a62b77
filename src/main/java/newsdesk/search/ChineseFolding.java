package newsdesk.search;

import com.hankcs.hanlp.HanLP;

/**
 * Folds full-width letters and digits to ASCII and traditional to simplified characters, keeping the text's
 * length, so that token offsets computed on the folded text are offsets into the original text.
 */
final class ChineseFolding {

    private ChineseFolding() {
    }

    static String fold(String text) {
        String halfWidth = toHalfWidth(text);
        String simplified = HanLP.convertToSimplifiedChinese(halfWidth);
        if (simplified.length() == halfWidth.length()) {
            return simplified;
        }
        // HanLP also rewrites whole phrases (記憶體 -> 内存), which moves every later offset; fall back to
        // converting character by character, which is what matching needs anyway.
        StringBuilder folded = new StringBuilder(halfWidth.length());
        for (int i = 0; i < halfWidth.length(); i++) {
            char c = halfWidth.charAt(i);
            String one = Character.isIdeographic(c) ? HanLP.convertToSimplifiedChinese(String.valueOf(c)) : "";
            folded.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return folded.toString();
    }

    static String toHalfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // Letters and digits only: HanLP segments full-width punctuation better than ASCII punctuation.
            if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
