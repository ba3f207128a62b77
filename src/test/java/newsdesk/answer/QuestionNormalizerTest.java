package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.text.QuestionLimit;
import org.junit.jupiter.api.Test;

class QuestionNormalizerTest {

    private final QuestionNormalizer normalizer = new QuestionNormalizer();

    @Test
    void foldsTraditionalCharactersAndFullWidthLettersDigitsAndPunctuation() {
        assertThat(normalizer.normalize("困難畢業生補貼每人多少錢？")).isEqualTo("困难毕业生补贴每人多少钱?");
        assertThat(normalizer.normalize("２０２４年補貼　 ＬＥＤ")).isEqualTo("2024年补贴 LED");
    }

    @Test
    void dropsGreetingsAndFiller() {
        assertThat(normalizer.normalize("你好，请问 川汇区哪里可以免费避暑？")).isEqualTo("川汇区哪里可以免费避暑?");
    }

    @Test
    void cutsAPastedTextWhereSearchCutsIt() {
        assertThat(normalizer.normalize("补贴".repeat(5_000))).hasSize(QuestionLimit.MAX_CHARS);
    }
}
