package newsdesk.answer;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a place named in a question limits the articles that may answer it.
 *
 * @param nothingThereText said when no article about the place covers the question; {@code {place}} is the
 *                         place as asked
 * @param elsewhereText    follows it when articles about other places do; {@code {title}} and {@code {date}}
 *                         are the best one's
 */
@Validated
@ConfigurationProperties("newsdesk.answer.places")
public record PlaceProperties(
        @NotBlank @DefaultValue("报纸上没有找到关于{place}的相关报道。") String nothingThereText,
        @NotBlank @DefaultValue("其他地方的报道有{date}的《{title}》。") String elsewhereText) {
}
