package newsdesk.web.adminpage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import newsdesk.admin.AdminSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in with the admin token, typed once into a form posted in the body (never in a URL, which lands in
 * access logs and browser history), and signing out.
 */
@Controller
class AdminSignInController {

    private final AdminSessions sessions;

    AdminSignInController(AdminSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping(AdminPageGuard.SIGN_IN)
    String form(Model model, HttpServletResponse response) {
        if (!sessions.enabled()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("disabled", true);
        }
        return "admin-login";
    }

    @PostMapping(AdminPageGuard.SIGN_IN)
    String signIn(@RequestParam(defaultValue = "") String token, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Optional<String> session = sessions.signIn(token.strip());
        if (session.isEmpty()) {
            response.setStatus(sessions.enabled() ? HttpStatus.UNAUTHORIZED.value() : HttpStatus.NOT_FOUND.value());
            model.addAttribute("disabled", !sessions.enabled());
            model.addAttribute("wrongToken", sessions.enabled());
            return "admin-login";
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(session.get(), AdminSessions.LIFETIME, request).toString());
        return "redirect:/admin";
    }

    @PostMapping("/admin/logout")
    String signOut(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO, request).toString());
        return "redirect:" + AdminPageGuard.SIGN_IN;
    }

    /**
     * HttpOnly: no script on any page can read it. SameSite=Strict: another site's form cannot post to the admin
     * pages with it (the pages' forms need no other CSRF token). Secure whenever the page came over HTTPS.
     */
    private static ResponseCookie cookie(@Nullable String value, Duration maxAge, HttpServletRequest request) {
        return ResponseCookie.from(AdminPageGuard.COOKIE, value == null ? "" : value)
                .httpOnly(true).sameSite("Strict").secure(request.isSecure()).path("/admin").maxAge(maxAge).build();
    }
}
