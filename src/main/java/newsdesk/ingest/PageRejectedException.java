package newsdesk.ingest;

import java.nio.file.Path;
import newsdesk.ingest.ocr.ScanRejectedException;
import newsdesk.ingest.pdf.PdfRejectedException;

/** A page file that cannot be ingested; its message is the reason shown to the admin. */
class PageRejectedException extends Exception {

    private PageRejectedException(String reason) {
        super(reason);
    }

    static PageRejectedException empty() {
        return new PageRejectedException("empty file");
    }

    static PageRejectedException binary(long offset) {
        return new PageRejectedException("binary file (NUL byte at offset " + offset + "), not page text");
    }

    static PageRejectedException undecodable() {
        return new PageRejectedException("not text in UTF-8 or GB18030");
    }

    static PageRejectedException tooLarge(long bytes, long limit) {
        return new PageRejectedException("file is " + bytes + " bytes, more than the " + limit + " bytes a page may have");
    }

    static PageRejectedException lineTooLong(int lineNumber, int length, int limit) {
        return new PageRejectedException("line " + lineNumber + " is " + length
                + " characters long (a page line has at most " + limit + "), not page text");
    }

    static PageRejectedException noArticles() {
        return new PageRejectedException("no recognisable article (no dateline, byline or photo credit found)");
    }

    static PageRejectedException pdf(PdfRejectedException cause) {
        return new PageRejectedException(cause.getMessage());
    }

    static PageRejectedException scan(ScanRejectedException cause) {
        return new PageRejectedException(cause.getMessage());
    }

    static PageRejectedException unreadable(Path file, Exception cause) {
        return new PageRejectedException("cannot be read: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
    }

    PageProblem toProblem(Path file) {
        return new PageProblem(file, getMessage());
    }
}
