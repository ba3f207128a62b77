package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionNormalizerTest {

    private final QuestionNormalizer normalizer = new QuestionNormalizer();

    @Test
    void foldsTraditionalCharactersAndFullWidthDigits() {
        assertThat(normalizer.normalize("困難畢業生補貼每人多少錢？")).isEqualTo("困难毕业生补贴每人多少钱?");
        assertThat(normalizer.normalize("２０２４年補貼")).isEqualTo("2024年补贴");
    }

    @Test
    void dropsGreetingsAndFiller() {
        assertThat(normalizer.normalize("你好，请问 川汇区哪里可以免费避暑？")).isEqualTo("川汇区哪里可以免费避暑?");
    }

    @Test
    void cutsAPastedTextToASaneLength() {
        assertThat(normalizer.normalize("补贴".repeat(5_000))).hasSize(QuestionNormalizer.MAX_QUESTION_CHARS);
    }
}
