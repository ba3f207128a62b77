package newsdesk.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one check in front of every {@code /api/admin/**} path, the ones without an endpoint too:
 * {@code Authorization: Bearer TOKEN}, exactly. No second space, lowercase scheme, tab or trailing
 * text is forgiven, so what the guard accepts is what RFC 6750 allows and nothing a proxy might
 * read differently. Compared in constant time ({@link AdminProperties#accepts}). Registered in {@link AdminWebConfiguration}.
 */
class AdminTokenGuard implements HandlerInterceptor {

    /** RFC 6750 b64token after "Bearer " and nothing else. */
    private static final Pattern BEARER = Pattern.compile("Bearer ([A-Za-z0-9\\-._~+/]+=*)");

    private final AdminProperties properties;

    AdminTokenGuard(AdminProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        check(request.getHeader(HttpHeaders.AUTHORIZATION));
        return true;
    }

    void check(@Nullable String authorization) {
        if (!properties.enabled()) {
            throw AdminProblem.disabled();
        }
        if (authorization == null || authorization.isEmpty()) {
            throw AdminProblem.missingToken();
        }
        Matcher bearer = BEARER.matcher(authorization);
        if (!bearer.matches()) {
            throw AdminProblem.malformedToken();
        }
        if (!properties.accepts(bearer.group(1))) {
            throw AdminProblem.wrongToken();
        }
    }
}
