package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import newsdesk.search.SearchFixtures;
import org.junit.jupiter.api.Test;

/** The question's own date words narrow the search; they are never the answer to it. */
class DatesInTheQuestionTest {

    private final AnswerService askedOnMarch31 = AnswerFixtures.over(SearchFixtures.samplePages(), LocalDate.of(2024, 3, 31));

    @Test
    void aYearTheQuestionNamesIsNotTheDayItAsksFor() {
        // The 2024 征兵 article says 2024年春季征兵 but prints no closing day for the registration.
        Answer answer = askedOnMarch31.answer("2024年春季征兵报名截止到哪天？");

        assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_STATED);
    }

    @Test
    void aBroadQuestionForAMonthWithoutPagesSaysWhichMonthCameUpEmpty() {
        Answer answer = AnswerFixtures.over(SearchFixtures.samplePages(), LocalDate.of(2023, 10, 15))
                .answer("上个月有什么活动？");

        assertThat(answer.status()).isEqualTo(AnswerStatus.NONE);
        assertThat(answer.answer()).contains("没有找到2023年9月");
    }
}
