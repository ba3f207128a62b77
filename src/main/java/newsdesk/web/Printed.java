package newsdesk.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where and when something was printed, worded for readers; most sample pages carry no date. */
final class Printed {

    private Printed() {
    }

    static String date(@Nullable LocalDate date) {
        return date == null ? "日期不详" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String page(@Nullable Integer page) {
        return page == null ? "版次不详" : "第" + page + "版";
    }
}
