package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The admin page's session values: signed with the token, expiring, and worthless under another token. */
class AdminSessionsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private final AdminSessions sessions = at(NOW, "s3cret-admin-token");

    @Test
    void theRightTokenGivesASessionThatHoldsUntilItExpires() {
        String session = sessions.signIn("s3cret-admin-token").orElseThrow();

        assertThat(session).doesNotContain("s3cret-admin-token");
        assertThat(sessions.valid(session)).isTrue();
        assertThat(at(NOW.plus(AdminSessions.LIFETIME).minusSeconds(1), "s3cret-admin-token").valid(session)).isTrue();
        assertThat(at(NOW.plus(AdminSessions.LIFETIME), "s3cret-admin-token").valid(session)).isFalse();
    }

    @Test
    void aWrongTokenGivesNoSessionAndForgedOrOtherTokensSessionsAreRefused() {
        String session = sessions.signIn("s3cret-admin-token").orElseThrow();
        String later = session.substring(0, session.indexOf('.')) + "9" + session.substring(session.indexOf('.'));

        assertThat(sessions.signIn("s3cret-admin-toke")).isEmpty();
        assertThat(sessions.signIn("")).isEmpty();
        assertThat(sessions.valid(later)).as("a later expiry with the old signature").isFalse();
        assertThat(sessions.valid("")).isFalse();
        assertThat(sessions.valid("x.y")).isFalse();
        assertThat(at(NOW, "a-new-admin-token").valid(session)).as("a new token signs every browser out").isFalse();
        assertThat(at(NOW, "").signIn("")).as("no token, no admin area").isEmpty();
    }

    @Test
    void aForgedCookieWithAnExpiryBeyondAnyCalendarIsRefusedNotAnError() {
        assertThat(sessions.valid(Long.MAX_VALUE + ".forged")).isFalse();
        assertThat(sessions.valid(Long.MIN_VALUE + ".forged")).isFalse();
        assertThat(sessions.valid("-1.forged")).isFalse();
    }

    private static AdminSessions at(Instant now, String token) {
        return new AdminSessions(new AdminProperties(token), Clock.fixed(now, ZoneOffset.UTC));
    }
}
