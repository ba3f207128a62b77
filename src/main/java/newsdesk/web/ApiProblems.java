package newsdesk.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where API failures (of every REST controller, the admin endpoints too) become RFC
 * 9457 problem details. Spring MVC's own exceptions
 * (a missing {@code q}, a {@code size} that is not a number, a wrong method) and every
 * {@link org.springframework.web.ErrorResponse} a feature throws (the admin refusals) get theirs from
 * the base class; anything unexpected is logged here and answered without a stack trace. Failures
 * before a controller runs reach here too, through {@link ErrorPages}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ObjectProvider<MultipartConfigElement> multipart;

    ApiProblems(ObjectProvider<MultipartConfigElement> multipart) {
        this.multipart = multipart;
    }

    /** Tomcat does not say which limit an upload broke; the servlet's multipart settings do. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        MultipartConfigElement limits = multipart.getIfAvailable();
        long limit = limits != null && limits.getMaxFileSize() > 0 ? limits.getMaxFileSize() : ex.getMaxUploadSize();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, limit > 0
                ? "an uploaded file may have at most %d bytes (%.1f MB)".formatted(limit, limit / 1048576.0)
                : "the upload is larger than the server accepts");
        problem.setTitle("Upload too large");
        if (limit > 0) {
            problem.setProperty("max_bytes", limit);
        }
        problem.setInstance(ex.getBody().getInstance());
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Spring's "No static resource api/nope." would send an API client looking for files. */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setTitle("No such endpoint");
        ex.getBody().setDetail("NewsDesk has no API endpoint " + ex.getHttpMethod() + " /" + ex.getResourcePath());
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail articleNotFound(ArticleNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Article not found");
        problem.setProperty("article_id", e.articleId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "NewsDesk could not handle this request; the error is in the service log.");
        problem.setTitle("Internal error");
        return problem;
    }
}
