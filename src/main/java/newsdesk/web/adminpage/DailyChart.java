package newsdesk.web.adminpage;

import java.util.List;
import java.util.Locale;
import newsdesk.feedback.DayTotals;
import org.springframework.web.util.HtmlUtils;

/**
 * The totals by day as a small SVG drawn on the server, so the page needs no chart library or front-end build:
 * bars for the questions asked (left scale), a line each for the answered share and the 👎 share (0–100 %, right
 * scale). Every bar has a title, so a pointer (or a screen reader) gets the day's figures.
 */
final class DailyChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int RIGHT = 44;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;

    private DailyChart() {
    }

    static String svg(List<DayTotals> days) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int most = Math.max(1, days.stream().mapToInt(DayTotals::questions).max().orElse(1));
        double step = days.isEmpty() ? plotWidth : (double) plotWidth / days.size();
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-labelledby=\"chart-title\"><title id=\"chart-title\">每日提问数、已回答比例和点踩比例</title>", WIDTH, HEIGHT));
        svg.append(format("<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, TOP + plotHeight,
                LEFT + plotWidth, TOP + plotHeight));
        svg.append(format("<text class=\"scale\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>", LEFT - 4, TOP + 8, most));
        svg.append(format("<text class=\"scale\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", LEFT - 4, TOP + plotHeight));
        svg.append(format("<text class=\"scale\" x=\"%d\" y=\"%d\">100%%</text>", LEFT + plotWidth + 4, TOP + 8));
        StringBuilder answered = new StringBuilder();
        StringBuilder disliked = new StringBuilder();
        // A dot per day besides the lines: a period with questions on one day only has no line to draw.
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            DayTotals day = days.get(i);
            double x = LEFT + i * step;
            double barHeight = (double) plotHeight * day.questions() / most;
            svg.append(format("<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>",
                    x + step * 0.15, TOP + plotHeight - barHeight, step * 0.7, barHeight, HtmlUtils.htmlEscape(
                            format("%s：%d 个问题，已回答 %.0f%%，点踩 %.0f%%", day.day(), day.questions(),
                                    100 * day.answeredShare(), 100 * day.dislikedShare()))));
            if (day.questions() > 0) {
                double middle = x + step / 2;
                double answeredY = TOP + plotHeight * (1 - day.answeredShare());
                double dislikedY = TOP + plotHeight * (1 - day.dislikedShare());
                answered.append(format("%.1f,%.1f ", middle, answeredY));
                disliked.append(format("%.1f,%.1f ", middle, dislikedY));
                dots.append(format("<circle class=\"answered-dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", middle, answeredY));
                dots.append(format("<circle class=\"disliked-dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", middle, dislikedY));
            }
            if (days.size() <= 10 || i % Math.ceilDiv(days.size(), 8) == 0) {
                svg.append(format("<text class=\"scale\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        x + step / 2, HEIGHT - 8, day.day().toString().substring(5)));
            }
        }
        svg.append(format("<polyline class=\"answered\" points=\"%s\"/>", answered.toString().strip()));
        svg.append(format("<polyline class=\"disliked\" points=\"%s\"/>", disliked.toString().strip()));
        return svg.append(dots).append("</svg>").toString();
    }

    /** Numbers with a dot whatever the service's locale, as SVG wants them. */
    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
