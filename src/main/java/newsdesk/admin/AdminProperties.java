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
}
