package newsdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL behind the admin page: what readers asked in a period, and an admin's corrections. */
final class QuestionLogQueries {

    private final JdbcClient jdbc;

    QuestionLogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per question asked in [from, to): its outcome and rating, for the daily totals. */
    record Asked(Instant askedAt, String outcome, String rating) {
    }

    List<Asked> asked(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT q.asked_at, q.outcome, f.rating
                        FROM question q LEFT JOIN feedback f ON f.question_id = q.id
                        WHERE q.asked_at >= :from AND q.asked_at < :to""")
                .param("from", FeedbackStore.utc(from)).param("to", FeedbackStore.utc(to))
                .query((rs, n) -> new Asked(FeedbackStore.instant(rs, "asked_at"), rs.getString("outcome"), rs.getString("rating")))
                .list();
    }

    /** Questions of [from, to) answered none or not_stated, or given a 👎, oldest first. */
    List<AskedQuestion> unserved(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT q.id, q.asked_at, q.question, q.understood_as, q.outcome, q.article_ids,
                               f.rating, f.reason, f.corrected_article_id
                        FROM question q LEFT JOIN feedback f ON f.question_id = q.id
                        WHERE q.asked_at >= :from AND q.asked_at < :to
                          AND (q.outcome IN ('none', 'not_stated') OR f.rating = 'down')
                        ORDER BY q.asked_at, q.id""")
                .param("from", FeedbackStore.utc(from)).param("to", FeedbackStore.utc(to))
                .query(QuestionLogQueries::row)
                .list();
    }

    /** @return whether the question had a 👎 to correct */
    boolean correct(String questionId, String articleId) {
        return jdbc.sql("UPDATE feedback SET corrected_article_id = :article WHERE question_id = :id AND rating = 'down'")
                .param("article", articleId.isEmpty() ? null : articleId).param("id", questionId).update() > 0;
    }

    private static AskedQuestion row(ResultSet rs, int rowNum) throws SQLException {
        String ids = rs.getString("article_ids");
        return new AskedQuestion(rs.getString("id"), FeedbackStore.instant(rs, "asked_at"), rs.getString("question"),
                rs.getString("understood_as"), rs.getString("outcome"),
                ids.isEmpty() ? List.of() : Arrays.asList(ids.split(FeedbackStore.ID_SEPARATOR)), rs.getString("rating"),
                rs.getString("reason"), rs.getString("corrected_article_id"));
    }
}
