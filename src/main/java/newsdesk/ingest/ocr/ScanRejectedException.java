package newsdesk.ingest.ocr;

/** A scan that is not read: not a page, or OCR failed; its message is the reason shown to the admin. */
public final class ScanRejectedException extends Exception {

    private ScanRejectedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    private ScanRejectedException(String reason) {
        super(reason);
    }

    static ScanRejectedException notAPage(String why) {
        return new ScanRejectedException("not a page image: " + why);
    }

    static ScanRejectedException failed(String what, Exception cause) {
        return new ScanRejectedException(what + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage()), cause);
    }
}
