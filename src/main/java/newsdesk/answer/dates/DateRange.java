package newsdesk.answer.dates;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days a question asks about, both ends included, with the words that said so.
 *
 * @param expression    the date words as typed (上个月, 11月3号), for telling the citizen what was understood
 * @param reportedUntil the last day a page reporting on the range may be printed: {@code to}, or later for
 *                      a whole past year, whose figures (2023年建成通车道路13条) the paper prints in the
 *                      next year's first months
 */
public record DateRange(LocalDate from, LocalDate to, String expression, LocalDate reportedUntil) {

    public DateRange {
        if (to.isBefore(from) || reportedUntil.isBefore(to)) {
            throw new IllegalArgumentException("a range ends on or after its start: " + from + "…" + to);
        }
    }

    public DateRange(LocalDate from, LocalDate to, String expression) {
        this(from, to, expression, to);
    }

    /** The same days, with pages reporting on them printed up to {@code months} after. */
    DateRange reportedFor(int months) {
        return new DateRange(from, to, expression, to.plusMonths(months));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** One calendar year, 1 January to 31 December (2023年, 去年), not part of one (今年 so far, 2023年11月). */
    public boolean wholeYear() {
        return from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
    }

    /** As a Chinese reader writes it: 2023年11月3日, 2023年12月, 2023年, or 2023年11月6日至2023年11月12日. */
    public String printed() {
        if (from.equals(to)) {
            return day(from);
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return "%d年%d月".formatted(from.getYear(), from.getMonthValue());
        }
        if (wholeYear()) {
            return "%d年".formatted(from.getYear());
        }
        return day(from) + "至" + day(to);
    }

    private static String day(LocalDate day) {
        return "%d年%d月%d日".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
