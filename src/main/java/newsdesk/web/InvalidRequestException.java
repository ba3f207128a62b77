package newsdesk.web;

/** A request parameter that cannot be used as given; the message says which and why, in plain words. */
class InvalidRequestException extends RuntimeException {

    private final String parameter;

    private InvalidRequestException(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    static InvalidRequestException forParameter(String parameter, String message) {
        return new InvalidRequestException(parameter, message, null);
    }

    static InvalidRequestException forParameter(String parameter, String message, Throwable cause) {
        return new InvalidRequestException(parameter, message, cause);
    }

    String parameter() {
        return parameter;
    }
}
