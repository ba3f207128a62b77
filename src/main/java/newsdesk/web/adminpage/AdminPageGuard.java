package newsdesk.web.adminpage;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import newsdesk.admin.AdminSessions;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one check in front of every {@code /admin/**} page but the sign-in form: a session cookie the sign-in set
 * ({@link AdminSessions}). Without one a browser is sent to the form; with the admin token unset the whole area is
 * off, as the API is. Registered in {@link AdminPageConfiguration}, so no handler can forget it.
 */
final class AdminPageGuard implements HandlerInterceptor {

    static final String COOKIE = "newsdesk_admin";
    static final String SIGN_IN = "/admin/login";

    private final AdminSessions sessions;

    AdminPageGuard(AdminSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!sessions.enabled()) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return false;
        }
        if (signedIn(request)) {
            return true;
        }
        // 303: a form posted with an expired session is followed by a GET of the sign-in form, not a re-post.
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader("Location", request.getContextPath() + SIGN_IN);
        return false;
    }

    boolean signedIn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && sessions.valid(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }
}
