package newsdesk.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void aPercentileIsAMeasuredDurationWithThatShareAtOrBelowIt() {
        Latencies hundred = Latencies.ofMillis(LongStream.rangeClosed(1, 100).map(i -> 101 - i));

        assertThat(hundred.millis(0.50)).isEqualTo(50.0);
        assertThat(hundred.millis(0.95)).isEqualTo(95.0);
        assertThat(hundred.millis(0.999)).isEqualTo(100.0);
        assertThat(hundred.maxMillis()).isEqualTo(100.0);
        assertThat(hundred.millis(0)).isEqualTo(1.0);
    }

    @Test
    void fewMeasurementsRoundTheRankUp() {
        Latencies three = Latencies.ofNanos(LongStream.of(3_000_000, 1_000_000, 2_000_000));

        assertThat(three.millis(0.50)).isEqualTo(2.0);
        assertThat(three.millis(0.95)).isEqualTo(3.0);
    }

    @Test
    void nothingMeasuredIsZeroAndASharePastOneIsRefused() {
        assertThat(Latencies.ofNanos(LongStream.empty()).millis(0.95)).isZero();
        assertThatThrownBy(() -> Latencies.ofNanos(LongStream.of(1)).millis(95))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
