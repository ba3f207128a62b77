package newsdesk.ingest;

/**
 * One cleaned line of a page.
 *
 * @param number      1-based line number in the file, for messages and ordering
 * @param startsBlock the raw line was indented or opened with U+FFFD: a new text block begins here
 */
record PageLine(int number, String text, boolean startsBlock, Kind kind) {

    enum Kind {
        BLANK,
        /** 本报讯（记者 …）, 又讯（…）, 新华社北京11月3日电: the lead of a report follows on the same line. */
        DATELINE,
        /** A line of its own naming the reporters: 记者 姬慧洋, □记者 … 通讯员 …, □人民日报记者 …. */
        BYLINE,
        /** Ends with a photographer's credit: … 记者 沈湛 摄. */
        CREDIT,
        /** (下转第二版), (上接第一版). */
        CONTINUATION,
        /** Opens the note of a reprint: （原载于 2023 年 11 月 2 日 …. */
        REPRINT_NOTE,
        TEXT
    }

    boolean blank() {
        return kind == Kind.BLANK;
    }
}
