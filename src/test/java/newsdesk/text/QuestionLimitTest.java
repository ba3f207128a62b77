package newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionLimitTest {

    @Test
    void leavesARealQuestionWhole() {
        String question = "困难毕业生补贴每人多少钱？";

        assertThat(QuestionLimit.cut(question)).isSameAs(question);
    }

    @Test
    void cutsAPastedTextAtTheLimit() {
        String pasted = "补贴对象为2024毕业学年内符合条件的困难毕业生。".repeat(500);

        assertThat(QuestionLimit.cut(pasted)).hasSize(QuestionLimit.MAX_CHARS).isEqualTo(pasted.substring(0, 256));
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        String question = "问".repeat(QuestionLimit.MAX_CHARS - 1) + "😀😀";

        String cut = QuestionLimit.cut(question);

        assertThat(cut).hasSize(QuestionLimit.MAX_CHARS - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }
}
