package newsdesk.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The admin endpoints' token, from the environment ({@code NEWSDESK_ADMIN_TOKEN}). Empty (the
 * default) disables the endpoints: a service without a configured secret offers no way in.
 */
@Validated
@ConfigurationProperties("newsdesk.admin")
public record AdminProperties(@DefaultValue("") String token) {

    boolean enabled() {
        return !token.isBlank();
    }

    /** Settings are printed in logs and failure reports; the token's length is all they may show. */
    @Override
    public String toString() {
        return "AdminProperties[token=" + (enabled() ? "(hidden: " + token.length() + " characters)" : "(none)") + "]";
    }
}
