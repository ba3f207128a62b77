package newsdesk.feedback;

import java.time.LocalDate;

/**
 * One day of the question log, for the admin page's chart.
 *
 * @param answered questions answered with a quote ({@code answered}) or a list of articles ({@code list}): the
 *                 reader got what the paper has; {@code none} and {@code not_stated} are not
 * @param disliked questions given a 👎
 */
public record DayTotals(LocalDate day, int questions, int answered, int disliked) {

    public double answeredShare() {
        return questions == 0 ? 0 : (double) answered / questions;
    }

    public double dislikedShare() {
        return questions == 0 ? 0 : (double) disliked / questions;
    }
}
