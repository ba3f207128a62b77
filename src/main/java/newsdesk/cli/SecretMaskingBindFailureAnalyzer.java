package newsdesk.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;

/**
 * Reports invalid settings at start-up like Spring Boot does, but never prints the value of a token
 * or secret: a real bot token with a typo must not end up in the console and the logs.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecretMaskingBindFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        String errors = cause.getValidationErrors().getAllErrors().stream()
                .map(error -> error instanceof FieldError field
                        ? "    Property: %s.%s%n    Value: %s%n    Reason: %s".formatted(cause.getValidationErrors().getName(),
                                field.getField(), shown(field), field.getDefaultMessage())
                        : "    " + error.getDefaultMessage())
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis("Binding to target " + cause.getValidationErrors().getName() + " failed:"
                + System.lineSeparator() + errors, "Update your application's configuration", cause);
    }

    private static String shown(FieldError field) {
        String name = field.getField().toLowerCase(Locale.ROOT);
        boolean secret = name.contains("token") || name.contains("secret") || name.contains("password");
        return secret ? "(hidden: " + String.valueOf(field.getRejectedValue()).length() + " characters)"
                : "\"" + field.getRejectedValue() + "\"";
    }
}
