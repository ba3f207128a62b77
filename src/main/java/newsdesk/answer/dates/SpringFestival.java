package newsdesk.answer.dates;

import com.xkzhangsan.time.LunarDate;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The day of 春节 (the first day of the first lunar month), from xk-time's lunar calendar. */
final class SpringFestival {

    private SpringFestival() {
    }

    static LocalDate of(int year) {
        // lunarToSolar returns midnight UTC whatever the JVM's zone (checked under CST, PST and UTC+14);
        // reading it in the JVM's zone would move the festival a day back west of Greenwich.
        return LunarDate.lunarToSolar(year, 1, 1, false).toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The festival closest to {@code today}: last year's, this year's or next year's. */
    static LocalDate nearest(LocalDate today) {
        LocalDate best = of(today.getYear());
        for (int year : new int[] {today.getYear() - 1, today.getYear() + 1}) {
            LocalDate candidate = of(year);
            if (Math.abs(candidate.toEpochDay() - today.toEpochDay()) < Math.abs(best.toEpochDay() - today.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }
}
