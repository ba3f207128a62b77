package newsdesk.answer.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A sentence about another year than the one asked is told apart, however the page wrote the year. */
class StatedYearsTest {

    private static final DateRange YEAR_2023 = new DateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "2023年");

    @Test
    void lastYearsFigureContradictsAQuestionAboutThisYear() {
        assertThat(StatedYears.contradict("2022年，付井镇秸秆综合利用补贴标准为每亩970元。", YEAR_2023)).isTrue();
        assertThat(StatedYears.contradict("2023年当地秸秆综合利用补贴按照每亩848元的标准发放。", YEAR_2023)).isFalse();
    }

    @Test
    void aYearBrokenByASpaceOrInFullWidthIsStillRead() {
        assertThat(StatedYears.contradict("2 022年，常营镇返乡创业一次性补贴标准为每人1080元。", YEAR_2023)).isTrue();
        assertThat(StatedYears.contradict("２０２３年当地补贴按照每人650元发放。", YEAR_2023)).isFalse();
    }

    @Test
    void spansAndSinceCoverTheYearsBetween() {
        assertThat(StatedYears.contradict("2021—2025年，全市建设高标准农田50万亩。", YEAR_2023)).isFalse();
        assertThat(StatedYears.contradict("2021年以来，该镇累计发放补贴300万元。", YEAR_2023)).isFalse();
        assertThat(StatedYears.contradict("2024年至2025年，该镇计划新建农田。", YEAR_2023)).isTrue();
    }

    @Test
    void datesThatPickPagesRatherThanAYearSayNothingAgainstASentence() {
        DateRange thisYearSoFar = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 20), "今年");

        assertThat(StatedYears.contradict("2023年，示范区信访群众满意率达99.01%。", thisYearSoFar)).isFalse();
    }

    @Test
    void aSentenceWithoutAYearSaysNothingAgainstTheRange() {
        assertThat(StatedYears.contradict("补贴标准为每亩848元，由乡财政所统一发放。", YEAR_2023)).isFalse();
    }
}
