package newsdesk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * When a page was published, as precisely as anyone knows it: to the day, the month, the year, or
 * not at all. A month is a range of days, so a date filter asks whether the ranges overlap rather
 * than whether a day falls in one. {@code inferred} marks a date read from the articles' text
 * (events they report), not printed on the page, so the display can say it is an estimate.
 *
 * @param first the first day it may be; null when unknown
 * @param last  the last day it may be; null when unknown
 */
public record PublicationDate(Precision precision, @Nullable LocalDate first, @Nullable LocalDate last,
                              boolean inferred) {

    public enum Precision { DAY, MONTH, YEAR, UNKNOWN }

    public static final PublicationDate UNKNOWN = new PublicationDate(Precision.UNKNOWN, null, null, false);

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PublicationDate {
        if ((precision == Precision.UNKNOWN) != (first == null) || (first == null) != (last == null)) {
            throw new IllegalArgumentException("a known date has a first and last day, an unknown one neither");
        }
    }

    public static PublicationDate day(LocalDate day) {
        return new PublicationDate(Precision.DAY, day, day, false);
    }

    public static PublicationDate month(YearMonth month) {
        return new PublicationDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth(), false);
    }

    /**
     * Reads {@code 2023-11-04}, {@code 2023-11} or {@code 2023}, the forms the manifest accepts;
     * blank is unknown.
     *
     * @throws IllegalArgumentException for any other text, with what was expected
     */
    @JsonCreator
    public static PublicationDate parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        Matcher matcher = FORM.matcher(text.strip());
        try {
            if (matcher.matches()) {
                int year = Integer.parseInt(matcher.group(1));
                if (matcher.group(3) != null) {
                    return day(LocalDate.parse(text.strip()));
                }
                if (matcher.group(2) != null) {
                    return month(YearMonth.of(year, Integer.parseInt(matcher.group(2))));
                }
                return new PublicationDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date", e);
        }
        throw new IllegalArgumentException("'" + text + "' is not YYYY-MM-DD, YYYY-MM or YYYY");
    }

    public PublicationDate asInferred(boolean isInferred) {
        return new PublicationDate(precision, first, last, isInferred);
    }

    public boolean known() {
        return precision != Precision.UNKNOWN;
    }

    /** The day, when it is known to the day. */
    public @Nullable LocalDate exactDay() {
        return precision == Precision.DAY ? first : null;
    }

    /** Whether the page may fall within {@code from}…{@code to} (either open); an unknown date never does. */
    public boolean overlaps(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (first == null || last == null) {
            return false;
        }
        return (to == null || !first.isAfter(to)) && (from == null || !last.isBefore(from));
    }

    /** In JSON the manifest's form, null when unknown; whether it was inferred is the owner's to say. */
    @JsonValue
    public @Nullable String json() {
        return known() ? iso() : null;
    }

    /** The manifest's form: {@code 2023-11-04}, {@code 2023-11}, {@code 2023}, or empty when unknown. */
    public String iso() {
        if (first == null) {
            return "";
        }
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> YearMonth.from(first).toString();
            case YEAR -> Integer.toString(first.getYear());
            case UNKNOWN -> "";
        };
    }

    /** As a Chinese reader writes it: 2023年11月4日, 2023年11月, 2023年, or 日期不详; an inferred one says so. */
    public String printed() {
        if (first == null) {
            return "日期不详";
        }
        String printed = switch (precision) {
            case DAY -> "%d年%d月%d日".formatted(first.getYear(), first.getMonthValue(), first.getDayOfMonth());
            case MONTH -> "%d年%d月".formatted(first.getYear(), first.getMonthValue());
            case YEAR, UNKNOWN -> "%d年".formatted(first.getYear());
        };
        return inferred ? printed + "（推断）" : printed;
    }
}
