package newsdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose parameters cannot be decoded ({@code ?q=%FF%FE}, not UTF-8) with a 400
 * before any controller asks for them. Tomcat throws only when a parameter is first read, which
 * used to be inside a controller: a 500 with a stack trace in the log for every such link. The
 * error page ({@link ErrorPages}) then answers as the path expects, a problem or a page.
 */
@Component
// After Boot's CharacterEncodingFilter (highest precedence): a form body must be decoded as UTF-8.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UndecodableParametersFilter extends OncePerRequestFilter {

    static final String MESSAGE = "the request parameters are not valid percent-encoded UTF-8";

    private static final Logger log = LoggerFactory.getLogger(UndecodableParametersFilter.class);

    /**
     * Reading the parameters of a multipart request makes Tomcat parse the whole upload, here, before
     * the admin token check and outside the handler whose problem answer names the upload limit.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException e) {
            // One line and no stack trace: a bad link is the sender's mistake, not a fault of the service.
            log.warn("{} {}: {}; answered 400", request.getMethod(), request.getRequestURI(), MESSAGE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
