package newsdesk.answer.dates;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How questions are placed in time.
 *
 * @param today              fixes today (2024-01-20) for tests and demos, so 上个月 means the same month on
 *                           every run; unset, today is the day in {@code zone}
 * @param zone               where the paper's readers live: 昨天 starts at midnight there, not in UTC
 * @param recencyWeight      added to an answer sentence's score for a page as new as the newest indexed
 *                           one, falling to nothing at {@code recencyDays} older: enough to break a tie,
 *                           far below what one more matched word adds (docs/BENCHMARKS.md)
 * @param recencyDays        age, against the newest indexed page, at which a page gets no recency bonus
 * @param newerVersionShare  a newer article's sentence that holds the asked-for kind of fact and scores
 *                           at least this share of the best one's is the same fact in a later version:
 *                           it becomes the answer and the older one is cited as earlier information
 * @param nearestRelevantShare when nothing fell in the range, reports outside it are offered nearest in
 *                           time first among those scoring at least this share of the best match
 * @param nothingInRangeText said when no page of the asked-for dates covers the question; {@code {range}}
 *                           is the range as printed (2023年12月)
 * @param nearestText        follows it when there are reports outside the range; {@code {title}} and
 *                           {@code {date}} are the nearest one's
 */
@Validated
@ConfigurationProperties("newsdesk.dates")
public record DateProperties(
        @Nullable LocalDate today,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.02") double recencyWeight,
        @Min(1) @DefaultValue("365") int recencyDays,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.9") double newerVersionShare,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.8") double nearestRelevantShare,
        @NotBlank @DefaultValue("报纸上没有找到{range}的相关报道。") String nothingInRangeText,
        @NotBlank @DefaultValue("最近的报道是{date}的《{title}》。") String nearestText) {
}
