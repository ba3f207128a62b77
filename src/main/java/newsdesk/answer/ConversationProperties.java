package newsdesk.answer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How much of a conversation is kept for completing follow-up questions.
 *
 * @param turns            questions kept per conversation (as understood, with the articles cited); a
 *                         follow-up leans on the last one, the rest show where the conversation came from
 * @param idle             a conversation is forgotten after this long without a question: 30 minutes,
 *                         because someone who comes back later rarely means "那…呢" about the old topic
 * @param maxConversations conversations held at most; beyond it the least used are forgotten first, so a
 *                         flood of new chat or visitor ids costs at most this many small histories
 */
@Validated
@ConfigurationProperties("newsdesk.conversation")
public record ConversationProperties(
        @Min(1) @Max(20) @DefaultValue("3") int turns,
        @DurationMin(seconds = 1) @DefaultValue("30m") Duration idle,
        @Min(1) @DefaultValue("10000") long maxConversations) {
}
