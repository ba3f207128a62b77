package newsdesk.answer;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Pattern;
import newsdesk.text.QuestionLimit;
import newsdesk.text.WidthFolding;

/**
 * Puts a citizen's question into the form the paper is written in: simplified characters, half-width
 * letters, digits and punctuation ({@link WidthFolding}), without greetings and filler that carry no
 * content, and of a sane length ({@link QuestionLimit}: a pasted 10,000-character text is cut, not
 * searched whole).
 */
final class QuestionNormalizer {

    private static final Pattern FILLER = Pattern.compile(
            "^(?:你好|您好|请问一下|请问|麻烦问一下|麻烦问下|我想问一下|我想问|我想知道|想知道|打听一下|问一下|问下)[，,！!。\\s]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    String normalize(String question) {
        // Folded first, so that an ideographic space collapses with the spaces around it.
        String text = WHITESPACE.matcher(WidthFolding.toHalfWidthWithPunctuation(question)).replaceAll(" ").strip();
        text = QuestionLimit.cut(text);
        text = HanLP.convertToSimplifiedChinese(text);
        String previous;
        do {
            previous = text;
            text = FILLER.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return text.strip();
    }
}
