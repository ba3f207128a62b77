package newsdesk.answer.dates;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The days a question asks about, both ends included, with the words that said so.
 *
 * @param expression the date words as typed (上个月, 11月3号), for telling the citizen what was understood
 */
public record DateRange(LocalDate from, LocalDate to, String expression) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a range ends on or after its start: " + from + "…" + to);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** As a Chinese reader writes it: 2023年11月3日, 2023年12月, 2023年, or 2023年11月6日至2023年11月12日. */
    public String printed() {
        if (from.equals(to)) {
            return day(from);
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return "%d年%d月".formatted(from.getYear(), from.getMonthValue());
        }
        if (from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()))) {
            return "%d年".formatted(from.getYear());
        }
        return day(from) + "至" + day(to);
    }

    private static String day(LocalDate day) {
        return "%d年%d月%d日".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }
}
