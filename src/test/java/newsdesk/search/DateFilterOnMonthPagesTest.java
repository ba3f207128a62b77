package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample pages carry only the month their text establishes; a date filter must still find them. */
class DateFilterOnMonthPagesTest {

    private static SearchService search;

    @BeforeAll
    static void indexTheSamplesWithTheirMonths() {
        search = SearchFixtures.samplePages();
    }

    @Test
    void aFewDaysOfNovember2023FindTheFrontPageOfThatMonth() {
        ArticleResults found = search.searchArticles(new ArticleQuery("", LocalDate.of(2023, 11, 1),
                LocalDate.of(2023, 11, 10), null, 1, 50));

        assertThat(found.total()).isEqualTo(8);
        assertThat(found.matches()).allMatch(match -> match.source().startsWith("000_"))
                .allMatch(match -> match.date().printed().equals("2023年11月（推断）"));
    }

    @Test
    void aRangeAcrossTwoMonthsFindsThePagesOfBoth() {
        ArticleResults found = search.searchArticles(new ArticleQuery("", LocalDate.of(2023, 7, 25),
                LocalDate.of(2023, 8, 5), null, 1, 50));

        assertThat(found.matches()).extracting(ArticleMatch::source).map(source -> source.substring(0, 3))
                .containsOnly("001", "003").contains("001", "003");
    }

    @Test
    void aMonthWithoutPagesFindsNothing() {
        assertThat(search.searchArticles(new ArticleQuery("补贴", LocalDate.of(2023, 12, 1),
                LocalDate.of(2023, 12, 31), null, 1, 10)).total()).isZero();
    }

    @Test
    void theCoverageRunsFromTheEarliestToTheLatestMonth() {
        assertThat(search.coverage().firstDate().printed()).isEqualTo("2023年7月（推断）");
        assertThat(search.coverage().lastDate().printed()).isEqualTo("2024年3月（推断）");
    }
}
