package newsdesk.subscriptions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of subscriptions; the schema is Flyway's (db/migration/V2__subscriptions.sql). */
final class SubscriptionStore {

    /** A stored subscription: the chat's pseudonym, its sealed id and the topic. */
    record Row(String chat, String sealedChat, String topic) {
    }

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds the topic unless the chat has it or already has {@code max}. The primary key keeps a topic from being
     * added twice; the count is not so kept by one statement (under H2's read-committed isolation two inserts at
     * once each count the other's row as not there, and a chat ends with eleven), so adding is one at a time:
     * the service is the database's only user, and subscribing is rare.
     *
     * @return whether a row was added
     */
    synchronized boolean add(String chat, String sealedChat, String topic, int max, Instant at) {
        return jdbc.sql("""
                        INSERT INTO subscription (chat, sealed_chat, topic, created_at)
                        SELECT :chat, :sealed, :topic, :at FROM DUAL
                        WHERE NOT EXISTS (SELECT 1 FROM subscription WHERE chat = :chat AND topic = :topic)
                          AND (SELECT COUNT(*) FROM subscription WHERE chat = :chat) < :max""")
                .param("chat", chat).param("sealed", sealedChat).param("topic", topic)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("max", max)
                .update() > 0;
    }

    boolean has(String chat, String topic) {
        return jdbc.sql("SELECT COUNT(*) FROM subscription WHERE chat = :chat AND topic = :topic")
                .param("chat", chat).param("topic", topic).query(Long.class).single() > 0;
    }

    /** The chat's topics in the order they were subscribed. */
    List<String> topics(String chat) {
        return jdbc.sql("SELECT topic FROM subscription WHERE chat = :chat ORDER BY created_at, topic")
                .param("chat", chat).query(String.class).list();
    }

    boolean remove(String chat, String topic) {
        return jdbc.sql("DELETE FROM subscription WHERE chat = :chat AND topic = :topic")
                .param("chat", chat).param("topic", topic).update() > 0;
    }

    int removeAll(String chat) {
        return jdbc.sql("DELETE FROM subscription WHERE chat = :chat").param("chat", chat).update();
    }

    /** Every subscription, grouped by chat: read once per refresh that adds articles. */
    List<Row> all() {
        return jdbc.sql("SELECT chat, sealed_chat, topic FROM subscription ORDER BY chat, created_at, topic")
                .query((rs, n) -> new Row(rs.getString("chat"), rs.getString("sealed_chat"), rs.getString("topic")))
                .list();
    }
}
