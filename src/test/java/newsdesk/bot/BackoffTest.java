package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void eachWaitDoublesTheLastUntilTheCap() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anOutageOfDaysStillWaitsOnlyTheCap() {
        assertThat(backoff.after(100_000)).isEqualTo(Duration.ofSeconds(30));
    }
}
