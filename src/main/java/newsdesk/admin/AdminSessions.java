package newsdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing in to the admin page in a browser: the token is typed once into a form, and the browser keeps a session
 * value in an HttpOnly cookie instead, so the token is never in a URL (and so in no log or history) and never
 * readable by a script. The value is its expiry signed with the token (HMAC-SHA256), so the service keeps no
 * session state and a new token signs every browser out.
 */
public class AdminSessions {

    /** A working day: an admin signs in once in the morning, and a forgotten browser is closed by the evening. */
    public static final Duration LIFETIME = Duration.ofHours(8);
    private static final String PURPOSE = "newsdesk-admin-page:";

    private final AdminProperties properties;
    private final Clock clock;

    AdminSessions(AdminProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether there is any token to sign in with: without one the admin area is off, as the API is. */
    public boolean enabled() {
        return properties.enabled();
    }

    /** A session value for a browser that typed the right token; empty for a wrong one. */
    public Optional<String> signIn(String token) {
        if (!properties.accepts(token)) {
            return Optional.empty();
        }
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return Optional.of(expires + "." + signature(expires));
    }

    /** Whether a cookie's value is a session this token signed that has not expired. */
    public boolean valid(String session) {
        if (!properties.enabled()) {
            return false;
        }
        int dot = session.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(session.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        // Compared as seconds: a forged expiry beyond what an Instant holds is refused, not thrown (a 500).
        return expires > clock.instant().getEpochSecond()
                && MessageDigest.isEqual(session.substring(dot + 1).getBytes(StandardCharsets.US_ASCII),
                        signature(expires).getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(properties.token().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((PURPOSE + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
