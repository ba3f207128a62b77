package newsdesk.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for everything that fails before a controller runs: no endpoint at the path, an
 * upload over the limit, parameters that cannot be decoded, a wrong method. Under {@code /api} the
 * answer is a problem detail, thrown on to {@link ApiProblems} so it has the same shape as every
 * other API error; anywhere else it is the friendly page, whatever the client accepts.
 */
@RestController
// Command-line runs have no web server and so no error attributes; without this they would not start.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ErrorPages implements ErrorController {

    private final ErrorAttributes errors;

    ErrorPages(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ModelAndView error(HttpServletRequest request) throws Exception {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (path.equals("/api") || path.startsWith("/api/")) {
            throw problem(request, status, URI.create(path));
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private Exception problem(HttpServletRequest request, HttpStatus status, URI path) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        if (error instanceof ErrorResponse known && error instanceof Exception exception) {
            known.getBody().setInstance(path);
            return exception;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(request, status));
        problem.setInstance(path);
        return new ErrorResponseException(status, problem, null);
    }

    /** What the container was told in {@code sendError}; never an exception's message, which may hold internals. */
    private static String detail(HttpServletRequest request, HttpStatusCode status) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String text && !text.isBlank() && status.is4xxClientError() ? text
                : status.is4xxClientError() ? "the request cannot be answered as sent"
                : "NewsDesk could not handle this request; the error is in the service log.";
    }

    private static HttpStatus status(HttpServletRequest request) {
        @Nullable Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
