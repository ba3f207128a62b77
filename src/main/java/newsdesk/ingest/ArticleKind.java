package newsdesk.ingest;

/** What sort of item an article is, as a reader of the page would tell. */
public enum ArticleKind {
    /** A report with a dateline or byline (本报讯, 新华社…电, 记者 …). */
    NEWS,
    /** A report reprinted from another paper (原载于《人民日报》). */
    REPRINT,
    /** A stand-alone photo caption credited "… 摄". */
    PHOTO,
    /** Text without dateline, byline or credit, such as the part of an article continued from another page. */
    BRIEF;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
