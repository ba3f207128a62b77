package newsdesk.admin;

import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why an admin operation failed, from the whole exception chain: the top message alone ("index
 * update failed") does not say what to do, the root cause ("No space left on device") does.
 */
final class FailureCause {

    private static final String DISK_FULL = "No space left on device";

    private FailureCause() {
    }

    /** The distinct messages of the chain, outermost first; a full disk is also named in Chinese. */
    static String describe(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = message(cause);
            if (messages.stream().noneMatch(known -> known.contains(message))) {
                messages.add(message);
            }
        }
        String described = String.join(": ", messages);
        return isDiskFull(failure) ? "磁盘空间不足 / " + DISK_FULL + " (" + described + ")" : described;
    }

    static boolean isDiskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(
                    DISK_FULL.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable cause) {
        // FileSystemException's message is "file: reason"; its reason alone may be null.
        if (cause instanceof FileSystemException files && files.getReason() != null) {
            return files.getMessage();
        }
        return cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                : cause.getMessage();
    }
}
