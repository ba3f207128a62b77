package newsdesk.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Checks the admin token of a request: {@code Authorization: Bearer TOKEN}. Compared in constant
 * time, so response timing says nothing about how much of a guess was right.
 */
@Component
class AdminTokenGuard {

    private static final String BEARER = "Bearer ";

    private final AdminProperties properties;

    AdminTokenGuard(AdminProperties properties) {
        this.properties = properties;
    }

    void check(@Nullable String authorization) {
        if (!properties.enabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "admin endpoints are disabled: set NEWSDESK_ADMIN_TOKEN to enable them");
        }
        String given = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).strip() : "";
        boolean matches = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                properties.token().getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    given.isEmpty() ? "missing admin token (Authorization: Bearer …)" : "wrong admin token");
        }
    }
}
