package newsdesk.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the admin page reads from the question log: the questions of a period the paper did not serve (answered
 * {@code none} or {@code not_stated}, or given a 👎), the totals by day, and an admin's corrected article for a 👎.
 * Days are the service's time zone's (the clock's), as {@code feedback export --since} counts them.
 */
public class ReaderQuestions {

    /** Article ids are file names and numbers; anything else (a comma, a space, a script) is a typing slip. */
    private static final Pattern ARTICLE_ID = Pattern.compile("[\\p{L}\\p{N}._:#-]{1,200}");

    /** Whether a correction was stored. */
    public enum Correction { STORED, NOT_A_DISLIKED_QUESTION, INVALID_ARTICLE_ID }

    private final QuestionLogQueries queries;
    private final Clock clock;

    ReaderQuestions(QuestionLogQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Questions asked from the start of {@code from} to the end of {@code to}, that the paper did not serve. */
    public List<AskedQuestion> unserved(LocalDate from, LocalDate to) {
        return queries.unserved(startOf(from), startOf(to.plusDays(1)));
    }

    /** Every day from {@code from} to {@code to}, days without questions too, so a chart shows the gaps. */
    public List<DayTotals> totals(LocalDate from, LocalDate to) {
        Map<LocalDate, int[]> days = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new int[3]);
        }
        for (QuestionLogQueries.Asked asked : queries.asked(startOf(from), startOf(to.plusDays(1)))) {
            int[] counts = days.get(LocalDate.ofInstant(asked.askedAt(), clock.getZone()));
            if (counts == null) {
                continue;
            }
            counts[0]++;
            if (Outcome.ANSWERED.label().equals(asked.outcome()) || Outcome.LIST.label().equals(asked.outcome())) {
                counts[1]++;
            }
            if (Rating.DOWN.label().equals(asked.rating())) {
                counts[2]++;
            }
        }
        List<DayTotals> totals = new ArrayList<>();
        days.forEach((day, counts) -> totals.add(new DayTotals(day, counts[0], counts[1], counts[2])));
        return totals;
    }

    /** Stores the article a 👎 question should have been answered from; an empty id clears it. */
    public Correction correct(String questionId, String articleId) {
        String article = articleId.strip();
        if (!article.isEmpty() && !ARTICLE_ID.matcher(article).matches()) {
            return Correction.INVALID_ARTICLE_ID;
        }
        if (!Feedback.QUESTION_ID.matcher(questionId).matches()) {
            return Correction.NOT_A_DISLIKED_QUESTION;
        }
        return queries.correct(questionId, article) ? Correction.STORED : Correction.NOT_A_DISLIKED_QUESTION;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
