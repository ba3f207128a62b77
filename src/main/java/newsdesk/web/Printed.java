package newsdesk.web;

import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/** Where and when something was printed, worded for readers; most sample pages carry no date. */
final class Printed {

    private Printed() {
    }

    static String date(PublicationDate date) {
        return date.printed();
    }

    static String page(@Nullable Integer page) {
        return page == null ? "版次不详" : "第" + page + "版";
    }
}
