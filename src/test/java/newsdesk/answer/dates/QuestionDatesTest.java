package newsdesk.answer.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date word a citizen uses, resolved against one fixed today: Saturday 20 January 2024. */
class QuestionDatesTest {

    private static final Clock SATURDAY = Clock.fixed(
            ZonedDateTime.of(2024, 1, 20, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate TODAY = LocalDate.now(SATURDAY);

    @ParameterizedTest(name = "{0} → {1}…{2}")
    @CsvSource({
            "今天有什么新闻, 2024-01-20, 2024-01-20",
            "昨天开了什么会, 2024-01-19, 2024-01-19",
            "前天开了什么会, 2024-01-18, 2024-01-18",
            "本周有什么活动, 2024-01-15, 2024-01-21",
            "这周有什么活动, 2024-01-15, 2024-01-21",
            "上周有什么活动, 2024-01-08, 2024-01-14",
            "这周末去哪玩, 2024-01-20, 2024-01-21",
            "本月发了多少补贴, 2024-01-01, 2024-01-31",
            "这个月发了多少补贴, 2024-01-01, 2024-01-31",
            "上个月发了多少补贴, 2023-12-01, 2023-12-31",
            "今年有什么新政策, 2024-01-01, 2024-01-20",
            "去年收入是多少, 2023-01-01, 2023-12-31",
            "最近有什么活动, 2023-12-22, 2024-01-20",
            "近一周有什么活动, 2024-01-14, 2024-01-20",
            "近一个月有什么活动, 2023-12-21, 2024-01-20",
            "近3天有什么活动, 2024-01-18, 2024-01-20",
            "最近三天有什么活动, 2024-01-18, 2024-01-20",
            "11月3日开的什么会, 2023-11-03, 2023-11-03",
            "1月12号选了多少代表, 2024-01-12, 2024-01-12",
            "２０２３年１１月发了多少补贴, 2023-11-01, 2023-11-30",
            "2023年11月3日开的什么会, 2023-11-03, 2023-11-03",
            "2023年收入是多少, 2023-01-01, 2023-12-31",
            "春节前后发了多少手册, 2024-01-26, 2024-02-25",
    })
    void aDateWordAsksAboutTheDaysACitizenMeans(String question, LocalDate from, LocalDate to) {
        DateRange range = QuestionDates.in(question, TODAY).range();

        assertThat(range).isNotNull();
        assertThat(range.from()).isEqualTo(from);
        assertThat(range.to()).isEqualTo(to);
    }

    @Test
    void aDayOfTheMonthStillToComeThisYearMeansLastYearsDay() {
        DateRange range = QuestionDates.in("3月5日表彰了谁", TODAY).range();

        assertThat(range.from()).isEqualTo(LocalDate.of(2023, 3, 5));
    }

    @Test
    void springFestivalIsTheNearestOneEvenWhenItWasLastYear() {
        DateRange range = QuestionDates.in("春节前后有什么活动", LocalDate.of(2025, 2, 10)).range();

        // 春节 2025 fell on 29 January (the lunar calendar, not a fixed day).
        assertThat(range.from()).isEqualTo(LocalDate.of(2025, 1, 14));
        assertThat(range.to()).isEqualTo(LocalDate.of(2025, 2, 13));
    }

    @Test
    void theDateWordsAreNotSearchedForButTheRestOfTheQuestionIs() {
        QuestionDates dates = QuestionDates.in("上个月示范区低保金发了多少", TODAY);

        assertThat(dates.text()).isEqualTo("示范区低保金发了多少");
        assertThat(dates.range().expression()).isEqualTo("上个月");
    }

    @Test
    void aQuestionWithoutADateAsksAboutAnyTime() {
        QuestionDates dates = QuestionDates.in("困难毕业生补贴每人多少钱？", TODAY);

        assertThat(dates.range()).isNull();
        assertThat(dates.text()).isEqualTo("困难毕业生补贴每人多少钱？");
    }

    @Test
    void numbersThatAreNotDatesStayInTheQuestion() {
        QuestionDates dates = QuestionDates.in("补贴发放期限是6个月还是13月", TODAY);

        assertThat(dates.range()).isNull();
    }

    @Test
    void aWholeYearAlsoTakesTheNextYearsFirstPagesWhichReportItsResults() {
        DateRange range = QuestionDates.in("示范区2023年建成通车道路多少条", TODAY).range();

        assertThat(range.to()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(range.reportedUntil()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void aRangeIsWordedTheWayTheAnswerSaysIt() {
        assertThat(QuestionDates.in("上个月", TODAY).range().printed()).isEqualTo("2023年12月");
        assertThat(QuestionDates.in("昨天", TODAY).range().printed()).isEqualTo("2024年1月19日");
        assertThat(QuestionDates.in("去年", TODAY).range().printed()).isEqualTo("2023年");
        assertThat(QuestionDates.in("本周", TODAY).range().printed()).isEqualTo("2024年1月15日至2024年1月21日");
    }

    @Test
    void aDateWordInAProgrammesNameIsNoDate() {
        // 《周口市现代物流业发展近期行动方案（２０２３—２０２５年）》 on page 001: 近期 is the programme's name.
        QuestionDates dates = QuestionDates.in("周口现代物流业那个近期行动方案是管到哪一年的？", TODAY);

        assertThat(dates.range()).isNull();
        assertThat(dates.text()).contains("近期行动方案");
    }

    @Test
    void aDateWordInsideQuotesIsPartOfTheName() {
        assertThat(QuestionDates.in("《2023年工作要点》说了什么", TODAY).range()).isNull();
        assertThat(QuestionDates.in("“今年最美家庭”评上了几户", TODAY).range()).isNull();
    }

    @Test
    void aDateWordBeforeAVerbStillAsksAboutThatTime() {
        assertThat(QuestionDates.in("今年计划投资多少", TODAY).range()).isNotNull();
        assertThat(QuestionDates.in("最近有什么项目", TODAY).range()).isNotNull();
        assertThat(QuestionDates.in("最近示范区入户大走访咋样了", TODAY).range()).isNotNull();
    }

    @Test
    void aDateWrittenAsThePaperPrintsItStaysInTheMatchingText() {
        // 开展2024年春季征兵宣传工作 (page 004): 2024年 tells that sentence from others about 征兵.
        QuestionDates dates = QuestionDates.in("搬口街道现在宣传的是２０２４年哪一季的征兵？", TODAY);

        assertThat(dates.range().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(dates.text()).isEqualTo("搬口街道现在宣传的是2024年哪一季的征兵？");
    }

    @Test
    void aTotalAsOfAMonthIsReportedInTheMonthsAfterIt() {
        // 截至7月，该区共发放低保金242万余元 is printed on a page of August (page 003).
        DateRange range = QuestionDates.in("示范区给残疾人发的两项补帖，截至７月一共发了多少钱？", TODAY).range();

        assertThat(range.to()).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(range.reportedUntil()).isEqualTo(LocalDate.of(2023, 9, 30));
    }
}
