package newsdesk.answer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the paper on file covers, for a bot's welcome and the web page's footer.
 *
 * @param firstDate earliest known page date, or null when no page has a known date
 */
public record CorpusSummary(int articles, int pageFiles, @Nullable LocalDate firstDate, @Nullable LocalDate lastDate) {
}
