package newsdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

    /**
     * Whether {@code candidate} is the token, compared in constant time so response timing says nothing about how
     * much of a guess was right: the API's header and the admin page's sign-in form both ask here.
     */
    boolean accepts(String candidate) {
        return enabled() && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** Settings are printed in logs and failure reports; the token's length is all they may show. */
    @Override
    public String toString() {
        return "AdminProperties[token=" + (enabled() ? "(hidden: " + token.length() + " characters)" : "(none)") + "]";
    }
}
