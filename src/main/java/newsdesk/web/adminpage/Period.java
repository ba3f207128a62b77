package newsdesk.web.adminpage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The days the admin page reports on, read from its form: {@code from} and {@code to} as 2026-11-30, both
 * included; the last 30 days when not given.
 *
 * @param problem what was wrong with the form's dates, in words for the admin; the default period is shown then
 */
record Period(LocalDate from, LocalDate to, @Nullable String problem) {

    static final int DEFAULT_DAYS = 30;
    /** The retention is 180 days by default; a year covers any setting a newsroom is likely to choose. */
    static final int MAX_DAYS = 366;

    static Period parse(@Nullable String from, @Nullable String to, LocalDate today) {
        Optional<LocalDate> end = day(to);
        Optional<LocalDate> start = day(from);
        String problem = null;
        if (isGiven(to) && end.isEmpty() || isGiven(from) && start.isEmpty()) {
            problem = "日期格式应为 2026-11-30 这样的年-月-日，已显示最近 " + DEFAULT_DAYS + " 天。";
        }
        LocalDate last = end.orElse(today);
        LocalDate first = start.orElse(last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last)) {
            return new Period(last.minusDays(DEFAULT_DAYS - 1), last, "开始日期晚于结束日期，已显示结束日期前 "
                    + DEFAULT_DAYS + " 天。");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            return new Period(last.minusDays(MAX_DAYS - 1), last, "一次最多显示 " + MAX_DAYS + " 天，已从结束日期往前截取。");
        }
        return new Period(first, last, problem);
    }

    private static boolean isGiven(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static Optional<LocalDate> day(@Nullable String text) {
        if (!isGiven(text)) {
            return Optional.empty();
        }
        try {
            // Four-digit years only: LocalDate also parses +999999999-12-31, whose next day (the end of the
            // period) does not exist.
            return Optional.of(LocalDate.parse(text.strip())).filter(day -> day.getYear() >= 1 && day.getYear() <= 9999);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
