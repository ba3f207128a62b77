package newsdesk.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the question log; the schema is Flyway's (db/migration). */
final class FeedbackStore {

    /** Article ids have no commas (they are file names and numbers), so one column holds a question's citations. */
    static final String ID_SEPARATOR = ",";

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LoggedQuestion question) {
        jdbc.sql("""
                        INSERT INTO question (id, asked_at, channel, asker, question, understood_as, outcome, article_ids,
                                              latency_ms)
                        VALUES (:id, :askedAt, :channel, :asker, :question, :understoodAs, :outcome, :articleIds, :latencyMs)""")
                .param("id", question.id())
                .param("askedAt", utc(question.askedAt()))
                .param("channel", question.channel().label())
                .param("asker", question.asker())
                .param("question", question.question())
                .param("understoodAs", question.understoodAs())
                .param("outcome", question.outcome().label())
                .param("articleIds", String.join(ID_SEPARATOR, question.articleIds()))
                .param("latencyMs", question.latencyMs())
                .update();
    }

    /**
     * Rates a question of this asker's; a question id of somebody else's (a forged button) changes nothing.
     *
     * @return whether the question was found
     */
    boolean rate(String questionId, String asker, Rating rating, Instant at) {
        if (!askedBy(questionId, asker)) {
            return false;
        }
        jdbc.sql("""
                        MERGE INTO feedback (question_id, rating, reason, given_at) KEY (question_id)
                        VALUES (:id, :rating, NULL, :at)""")
                .param("id", questionId).param("rating", rating.label()).param("at", utc(at))
                .update();
        return true;
    }

    /** @return whether there was a rating of this asker's to give the reason to */
    boolean reason(String questionId, String asker, String reason) {
        return askedBy(questionId, asker) && jdbc.sql("UPDATE feedback SET reason = :reason WHERE question_id = :id")
                .param("reason", reason).param("id", questionId).update() > 0;
    }

    private boolean askedBy(String questionId, String asker) {
        return jdbc.sql("SELECT COUNT(*) FROM question WHERE id = :id AND asker = :asker")
                .param("id", questionId).param("asker", asker).query(Long.class).single() > 0;
    }

    /** @return how many questions went (their ratings go with them) */
    int forget(String asker) {
        return jdbc.sql("DELETE FROM question WHERE asker = :asker").param("asker", asker).update();
    }

    int deleteAskedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM question WHERE asked_at < :cutoff").param("cutoff", utc(cutoff)).update();
    }

    /** Rated answers, oldest rating first, so an export appended to the last one reads in order. */
    List<FeedbackRow> rated(@Nullable Instant since) {
        return jdbc.sql("""
                        SELECT q.id, q.asked_at, q.channel, q.question, q.understood_as, q.outcome, q.article_ids,
                               q.latency_ms, f.rating, f.reason, f.given_at, f.corrected_article_id
                        FROM feedback f JOIN question q ON q.id = f.question_id
                        WHERE :since IS NULL OR f.given_at >= :since
                        ORDER BY f.given_at, q.id""")
                .param("since", since == null ? null : utc(since))
                .query(FeedbackStore::row)
                .list();
    }

    private static FeedbackRow row(ResultSet rs, int rowNum) throws SQLException {
        String ids = rs.getString("article_ids");
        return new FeedbackRow(rs.getString("id"), instant(rs, "asked_at"), rs.getString("channel"),
                rs.getString("question"), rs.getString("understood_as"), rs.getString("outcome"),
                ids.isEmpty() ? List.of() : Arrays.asList(ids.split(ID_SEPARATOR)), rs.getLong("latency_ms"),
                rs.getString("rating"), rs.getString("reason"), instant(rs, "given_at"),
                rs.getString("corrected_article_id"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
