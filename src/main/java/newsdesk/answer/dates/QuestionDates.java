package newsdesk.answer.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.text.WidthFolding;
import org.jspecify.annotations.Nullable;

/**
 * The date a question asks about, resolved against today, and the question without its date words,
 * for matching: 上个月低保金发了多少 asks about last month's pages and searches for 低保金发了多少.
 *
 * <p>The rules, each against {@code today}: 今天/昨天/前天 one day; 本周/这周 Monday to Sunday; 上周 the
 * week before; 这周末 this week's Saturday and Sunday; 本月/这个月 and 上个月 whole months; 今年 1 January to
 * today (the paper has nothing later); 去年 the whole year; 最近 the last 30 days, 近一个月 the calendar month
 * back (from the day after the same day last month), 近一周 the last 7, 近N天 the last N, today included; 11月3日/11月3号 the most recent such day on or before today;
 * 11月 the most recent such month; 2023年11月(3日) and 2023年 as written, a whole year (2023年, 去年) with
 * pages of the next three months, which print its results; 春节前后 the 春节 nearest to today
 * (xk-time's lunar calendar) ± 15 days, the half month either side that local reports call 春节前后.
 * The first rule in that order that matches wins; a question has one date in practice. Date words that are
 * part of a name (近期行动方案, 《2023年工作要点》) are no date at all ({@link DateWordsInNames}).
 *
 * <p>xk-time's own parser is not used for the words: it resolves points only (上周末 → a Sunday, 近一周 →
 * nothing, MEASUREMENTS.md), and every word here needs a range.
 *
 * @param range null when the question names no date
 * @param text  the question, width-folded, with its date words taken out except a year alone (2024年), which
 *              the paper prints with what it qualifies
 */
public record QuestionDates(@Nullable DateRange range, String text) {

    /** Days that 最近 covers: about a month back, today included. */
    static final int RECENT_DAYS = 30;
    /** Months into the next year in which the paper still reports a year's results (the annual reviews). */
    static final int YEAR_REVIEW_MONTHS = 3;
    /** Days either side of 春节 that 春节前后 covers. */
    static final int AROUND_FESTIVAL_DAYS = 15;

    private interface Resolver {
        @Nullable DateRange resolve(MatchResult match, LocalDate today);
    }

    /**
     * @param printed whether the words stay in the matching text: a year is printed with what it qualifies
     *                (2024年春季征兵) and tells that sentence from last year's. Months and days are printed in
     *                datelines (8月4日上午，…召开), which would win as echoes without holding the fact; relative
     *                words (上个月, 最近) are not printed in the sense asked. Those are taken out.
     */
    private record Rule(Pattern pattern, Resolver resolver, boolean printed) {
        static Rule of(String regex, Resolver resolver) {
            return new Rule(Pattern.compile(regex), resolver, false);
        }

        static Rule printed(String regex, Resolver resolver) {
            return new Rule(Pattern.compile(regex), resolver, true);
        }
    }

    private static final List<Rule> RULES = List.of(
            Rule.of("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]", (m, t) -> day(dayOf(m), m)),
            Rule.of("(\\d{4})年(\\d{1,2})月份?", (m, t) -> month(YearMonth.of(num(m, 1), num(m, 2)), m)),
            Rule.of("(?<!\\d)(\\d{1,2})月(\\d{1,2})[日号]", (m, t) -> day(lastOnOrBefore(m, t), m)),
            Rule.of("(?<![\\d年])(\\d{1,2})月份?(?![\\d个])", (m, t) -> month(lastMonth(num(m, 1), t), m)),
            Rule.printed("(?<!\\d)(\\d{4})年(?![\\d度])", (m, t) -> year(num(m, 1), m)),
            Rule.of("春节前后|春节期间|过年前后|过年期间", (m, t) -> around(SpringFestival.nearest(t), m)),
            Rule.of("今天|今日", (m, t) -> range(t, t, m)),
            Rule.of("昨天|昨日", (m, t) -> range(t.minusDays(1), t.minusDays(1), m)),
            Rule.of("前天", (m, t) -> range(t.minusDays(2), t.minusDays(2), m)),
            Rule.of("(?:这个?|本)周末", (m, t) -> range(monday(t).plusDays(5), monday(t).plusDays(6), m)),
            Rule.of("上个?周末", (m, t) -> range(monday(t).minusDays(2), monday(t).minusDays(1), m)),
            Rule.of("本周|这周|这个?星期|本星期|这个?礼拜", (m, t) -> range(monday(t), monday(t).plusDays(6), m)),
            Rule.of("上周|上个?星期|上个?礼拜", (m, t) -> range(monday(t).minusWeeks(1), monday(t).minusDays(1), m)),
            Rule.of("本月|这个?月", (m, t) -> month(YearMonth.from(t), m)),
            Rule.of("上个?月", (m, t) -> month(YearMonth.from(t).minusMonths(1), m)),
            Rule.of("今年|本年", (m, t) -> range(t.withDayOfYear(1), t, m)),
            Rule.of("去年", (m, t) -> year(t.getYear() - 1, m)),
            Rule.of("前年", (m, t) -> year(t.getYear() - 2, m)),
            Rule.of("最?近(\\d+|[一二两三四五六七八九十]+)天", (m, t) -> lastDays(ChineseCount.parse(m.group(1)), t, m)),
            Rule.of("最?近一?(?:周|个?星期)", (m, t) -> lastDays(7, t, m)),
            Rule.of("最?近一个?月", (m, t) -> range(t.minusMonths(1).plusDays(1), t, m)),
            Rule.of("最近|近期|近来", (m, t) -> lastDays(RECENT_DAYS, t, m)));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** 截至7月 asks for a running total as of July, which the paper prints in the months after it. */
    private static final Pattern CUT_OFF = Pattern.compile("(?:截至|截止到?|到)\\s*$");
    static final int CUT_OFF_REPORT_MONTHS = 2;

    /** The date range {@code question} asks about, if any, and its text without the date words. */
    public static QuestionDates in(String question, LocalDate today) {
        String text = WidthFolding.toHalfWidth(question == null ? "" : question);
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                if (DateWordsInNames.insideName(text, matcher.start(), matcher.end())) {
                    continue;
                }
                Optional<DateRange> range = resolved(rule, matcher, today)
                        .map(found -> CUT_OFF.matcher(text.substring(0, matcher.start())).find()
                                ? found.reportedFor(CUT_OFF_REPORT_MONTHS) : found);
                if (range.isPresent()) {
                    if (rule.printed()) {
                        return new QuestionDates(range.get(), text);
                    }
                    String rest = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
                    return new QuestionDates(range.get(), SPACES.matcher(rest).replaceAll(" ").strip());
                }
            }
        }
        return new QuestionDates(null, text);
    }

    private static Optional<DateRange> resolved(Rule rule, MatchResult match, LocalDate today) {
        try {
            return Optional.ofNullable(rule.resolver().resolve(match, today));
        } catch (java.time.DateTimeException | NumberFormatException notADate) {
            // 13月, 2月30日: not a date, so not a date expression either.
            return Optional.empty();
        }
    }

    private static LocalDate dayOf(MatchResult m) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    }

    private static LocalDate lastOnOrBefore(MatchResult m, LocalDate today) {
        MonthDay day = MonthDay.of(num(m, 1), num(m, 2));
        int year = today.getYear();
        // 2月29日 waits for a leap year; every other day is at most a year back.
        while (!day.isValidYear(year) || day.atYear(year).isAfter(today)) {
            year--;
        }
        return day.atYear(year);
    }

    private static YearMonth lastMonth(int month, LocalDate today) {
        YearMonth candidate = YearMonth.of(today.getYear(), month);
        return candidate.isAfter(YearMonth.from(today)) ? candidate.minusYears(1) : candidate;
    }

    private static LocalDate monday(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static DateRange day(LocalDate day, MatchResult m) {
        return range(day, day, m);
    }

    private static DateRange month(YearMonth month, MatchResult m) {
        return range(month.atDay(1), month.atEndOfMonth(), m);
    }

    private static DateRange year(int year, MatchResult m) {
        return range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), m).reportedFor(YEAR_REVIEW_MONTHS);
    }

    private static DateRange around(LocalDate festival, MatchResult m) {
        return range(festival.minusDays(AROUND_FESTIVAL_DAYS), festival.plusDays(AROUND_FESTIVAL_DAYS), m);
    }

    private static @Nullable DateRange lastDays(int days, LocalDate today, MatchResult m) {
        return days < 1 ? null : range(today.minusDays(days - 1L), today, m);
    }

    private static DateRange range(LocalDate from, LocalDate to, MatchResult m) {
        return new DateRange(from, to, m.group());
    }

    private static int num(MatchResult m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
