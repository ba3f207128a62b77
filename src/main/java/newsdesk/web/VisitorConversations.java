package newsdesk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import newsdesk.answer.ConversationKey;
import org.springframework.stereotype.Component;

/**
 * One conversation per visitor of the page, named by a cookie that lasts while the browser is open: the
 * page needs no JavaScript, and a shared answer link is answered in the receiver's own conversation.
 */
@Component
class VisitorConversations {

    static final String COOKIE = "newsdesk_conversation";
    /** 16 random bytes: not guessable, so nobody continues or reads another visitor's conversation. */
    private static final int ID_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    /** The visitor's conversation, started (and its cookie set) on their first question. */
    ConversationKey of(HttpServletRequest request, HttpServletResponse response) {
        return existing(request).orElseGet(() -> {
            byte[] bytes = new byte[ID_BYTES];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Cookie cookie = new Cookie(COOKIE, id);
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            return ConversationKey.webVisitor(id);
        });
    }

    /** A cookie that is not a valid id (edited by hand) counts as none. */
    Optional<ConversationKey> existing(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && ConversationKey.isVisitorId(cookie.getValue()))
                .map(cookie -> ConversationKey.webVisitor(cookie.getValue()))
                .findFirst();
    }
}
