package newsdesk.answer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a broad question's list of articles is made.
 *
 * @param maxItems   at most this many articles: 8 fit on a phone screen with their sentences, and a
 *                   sample page holds 6 to 9 articles, so one whole page can still be listed
 * @param minCoverage an article joins a topic's list only when it holds topic words carrying at least
 *                   this share of the topic's weight (each word's idf): the listing ORs the words and their
 *                   character pairs, so for 航天发射活动 every report of an 活动 would otherwise be listed,
 *                   and for 惠民政策 every 政策; the rarer word must be there
 * @param text       said above the items
 * @param noneText   said when nothing matches; {@code {topic}} is the question's topic words
 */
@Validated
@ConfigurationProperties("newsdesk.answer.list")
public record ArticleListProperties(
        @Min(1) @Max(20) @DefaultValue("8") int maxItems,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double minCoverage,
        @NotBlank @DefaultValue("报纸上的相关报道（最新的在前）：") String text,
        @NotBlank @DefaultValue("报纸上没有找到关于“{topic}”的报道。") String noneText) {
}
