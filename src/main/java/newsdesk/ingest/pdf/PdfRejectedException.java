package newsdesk.ingest.pdf;

/** A page PDF that cannot be read as text; its message is the reason shown to the admin. */
public final class PdfRejectedException extends Exception {

    private final boolean needsOcr;

    private PdfRejectedException(String reason, boolean needsOcr) {
        super(reason);
        this.needsOcr = needsOcr;
    }

    static PdfRejectedException noTextLayer() {
        return new PdfRejectedException("no text layer: needs OCR", true);
    }

    static PdfRejectedException unmappedGlyphs(int glyphs) {
        return new PdfRejectedException("no text layer: its " + glyphs
                + " glyphs map to no characters (fonts without ToUnicode), needs OCR", true);
    }

    static PdfRejectedException tooManyPages(int pages, int limit) {
        return new PdfRejectedException("PDF of " + pages + " pages, more than the " + limit
                + " one page file may have (give each printed page its own PDF)", false);
    }

    static PdfRejectedException notReadable(String why) {
        return new PdfRejectedException("not a readable PDF: " + why, false);
    }

    static PdfRejectedException notReadable(Exception cause) {
        return notReadable(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
    }

    /** The PDF opened, but its pages give no text: a scan, whose pages can still be read by OCR. */
    public boolean needsOcr() {
        return needsOcr;
    }
}
