package newsdesk.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a search is limited to, both ends included; either end may be open. A page matches when
 * its publication date may fall within (StoredDates), so a month-precision page matches any day of
 * its month.
 */
public record Period(@Nullable LocalDate from, @Nullable LocalDate to) {
}
