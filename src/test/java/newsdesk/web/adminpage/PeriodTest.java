package newsdesk.web.adminpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin page's period as typed into its form or its URL. */
class PeriodTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    /** Dates LocalDate parses but no question log can be read for: a day after them or 30 before them overflows. */
    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-01-01"})
    void aDateBeyondTheCalendarIsSaidInWordsAndTheLast30DaysAreShown(String typed) {
        Period asEnd = Period.parse(null, typed, TODAY);
        Period asStart = Period.parse(typed, null, TODAY);

        assertThat(asEnd.problem()).contains("日期格式应为");
        assertThat(asEnd.from()).isEqualTo(TODAY.minusDays(Period.DEFAULT_DAYS - 1));
        assertThat(asEnd.to()).isEqualTo(TODAY);
        assertThat(asStart.problem()).contains("日期格式应为");
        assertThat(asStart.to()).isEqualTo(TODAY);
    }
}
