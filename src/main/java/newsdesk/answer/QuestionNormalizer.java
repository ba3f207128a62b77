package newsdesk.answer;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts a citizen's question into the form the paper is written in: simplified characters,
 * half-width letters and digits, without greetings and filler that carry no content, and of a sane
 * length (a pasted 10,000-character text is cut, not searched whole).
 */
final class QuestionNormalizer {

    static final int MAX_QUESTION_CHARS = 200;
    private static final Pattern FILLER = Pattern.compile(
            "^(?:你好|您好|请问一下|请问|麻烦问一下|麻烦问下|我想问一下|我想问|我想知道|想知道|打听一下|问一下|问下)[，,！!。\\s]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    String normalize(String question) {
        String text = WHITESPACE.matcher(question).replaceAll(" ").strip();
        if (text.length() > MAX_QUESTION_CHARS) {
            text = text.substring(0, MAX_QUESTION_CHARS);
        }
        // NFKC folds full-width letters, digits and punctuation (？ → ?) in one well-defined step.
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = HanLP.convertToSimplifiedChinese(text);
        String previous;
        do {
            previous = text;
            text = FILLER.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return text.strip();
    }
}
