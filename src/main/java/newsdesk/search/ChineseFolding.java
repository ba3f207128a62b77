package newsdesk.search;

import com.hankcs.hanlp.HanLP;
import newsdesk.text.WidthFolding;

/**
 * Folds width ({@link WidthFolding}) and traditional to simplified characters, keeping the text's length,
 * so that token offsets computed on the folded text are offsets into the original text.
 */
final class ChineseFolding {

    private ChineseFolding() {
    }

    static String fold(String text) {
        String halfWidth = WidthFolding.toHalfWidth(text);
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
}
