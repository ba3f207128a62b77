package newsdesk.bot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when {@code newsdesk.telegram.token} is set to something other than blanks. Spring's
 * {@code @ConditionalOnProperty} would treat an empty {@code NEWSDESK_TELEGRAM_TOKEN=} as set.
 */
final class TokenConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String token = context.getEnvironment().getProperty("newsdesk.telegram.token", "");
        return token.isBlank()
                ? ConditionOutcome.noMatch("newsdesk.telegram.token is empty: the Telegram bot is off")
                : ConditionOutcome.match("newsdesk.telegram.token is set");
    }
}
