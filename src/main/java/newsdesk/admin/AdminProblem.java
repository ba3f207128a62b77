package newsdesk.admin;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every way the admin endpoints refuse a request, in words an admin can act on. Each is an
 * {@link ErrorResponseException}, which the web layer's problem handler renders like any other API
 * error; the admin feature never builds a response body itself.
 */
final class AdminProblem {

    private AdminProblem() {
    }

    static ErrorResponseException disabled() {
        return of(HttpStatus.NOT_FOUND, "Admin endpoints disabled",
                "admin endpoints are disabled: set NEWSDESK_ADMIN_TOKEN to enable them");
    }

    static ErrorResponseException missingToken() {
        return unauthorized("missing admin token (Authorization: Bearer …)");
    }

    static ErrorResponseException malformedToken() {
        return unauthorized("the Authorization header must be exactly 'Bearer ' followed by the admin token");
    }

    static ErrorResponseException wrongToken() {
        return unauthorized("wrong admin token");
    }

    static ErrorResponseException noSuchJob(String id) {
        return of(HttpStatus.NOT_FOUND, "Refresh job not found", "no refresh job " + id);
    }

    static ErrorResponseException invalidUpload(String reason) {
        return of(HttpStatus.BAD_REQUEST, "Invalid upload", reason);
    }

    static ErrorResponseException pageExists(String file) {
        ErrorResponseException problem = of(HttpStatus.CONFLICT, "Page already uploaded",
                file + " is already in the pages folder; send replace=true to replace it");
        problem.getBody().setProperty("file", file);
        return problem;
    }

    static ErrorResponseException queueFull(Duration retryAfter) {
        ErrorResponseException problem = of(HttpStatus.TOO_MANY_REQUESTS, "Refresh queue full",
                "too many refreshes are waiting; try again when the running refresh is done");
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
        return problem;
    }

    /** The admin is authenticated, so the cause (a full disk, a read-only folder) is shown, not only logged. */
    static ErrorResponseException notStored(String file, Throwable failure) {
        HttpStatus status = FailureCause.isDiskFull(failure) ? HttpStatus.INSUFFICIENT_STORAGE
                : HttpStatus.INTERNAL_SERVER_ERROR;
        return of(status, "Page not stored", file + " was not stored: " + FailureCause.describe(failure));
    }

    private static ErrorResponseException unauthorized(String detail) {
        ErrorResponseException problem = of(HttpStatus.UNAUTHORIZED, "Admin token required", detail);
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem;
    }

    private static ErrorResponseException of(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }
}
