package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random text (as Lucene's checkRandomData does for analyzers) drawn from the characters the rules
 * care about: every mark, Han, Latin, digits, spaces and line breaks. The seed is fixed so that a
 * failure can be replayed; the message names the text.
 */
class TextRulesOnRandomTextTest {

    private static final String ALPHABET = "。！？；!?;”’」』）)》“‘（(，、…·.中文报道aZ07 \u3000\n０Ａｚ";
    private static final int TEXTS = 5_000;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Random random = new Random(20_261_201L);

    @Test
    void splittingThenJoiningLosesNoCharacterButSpaces() {
        for (int n = 0; n < TEXTS; n++) {
            String text = randomText();
            List<String> sentences = splitter.split(text);

            assertThat(withoutSpace(String.join("", sentences))).as(text).isEqualTo(withoutSpace(text));
            assertThat(sentences).as(text).allSatisfy(sentence -> {
                assertThat(sentence).isNotBlank().isEqualTo(sentence.strip()).doesNotContain("\n");
                assertThat(splitter.split(sentence)).containsExactly(sentence);
            });
        }
    }

    @Test
    void widthFoldingKeepsTheLengthAndFoldsOnce() {
        for (int n = 0; n < TEXTS; n++) {
            String text = randomText();
            String folded = WidthFolding.toHalfWidth(text);
            String question = WidthFolding.toHalfWidthWithPunctuation(text);

            assertThat(folded).as(text).hasSameSizeAs(text).doesNotContain("０", "Ａ", "ｚ", "\u3000");
            assertThat(WidthFolding.toHalfWidth(folded)).as(text).isEqualTo(folded);
            assertThat(question).as(text).hasSameSizeAs(text).doesNotContain("！", "？", "；", "）");
            assertThat(WidthFolding.toHalfWidth(question)).as(text).isEqualTo(question);
        }
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u3000]", "");
    }
}
