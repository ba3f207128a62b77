package newsdesk.ingest.cleaning;

import com.hankcs.hanlp.HanLP;
import newsdesk.text.ChineseText;

/**
 * Recognises a short line of OCR noise, such as the masthead read as 湖的代為極超為作些 on a page
 * printed in simplified characters: a line without punctuation in which several characters are
 * traditional forms. Real headlines in a simplified-character paper do not mix in traditional forms.
 */
public final class OcrNoiseLines {

    private static final int MAX_LENGTH = 20;
    private static final int MIN_TRADITIONAL = 2;

    public boolean isNoise(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || !text.codePoints().allMatch(ChineseText::isHan)) {
            return false;
        }
        String simplified = HanLP.convertToSimplifiedChinese(text);
        int traditional = 0;
        for (int i = 0; i < text.length() && i < simplified.length(); i++) {
            if (text.charAt(i) != simplified.charAt(i)) {
                traditional++;
            }
        }
        return traditional >= MIN_TRADITIONAL;
    }
}
