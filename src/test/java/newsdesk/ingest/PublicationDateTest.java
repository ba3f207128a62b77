package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

    @Test
    void aMonthCoversEveryDayOfItSoAnyRangeTouchingItOverlaps() {
        PublicationDate november = PublicationDate.parse("2023-11");

        assertThat(november.overlaps(LocalDate.of(2023, 11, 3), LocalDate.of(2023, 11, 3))).isTrue();
        assertThat(november.overlaps(LocalDate.of(2023, 10, 20), LocalDate.of(2023, 11, 1))).isTrue();
        assertThat(november.overlaps(LocalDate.of(2023, 11, 30), null)).isTrue();
        assertThat(november.overlaps(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(november.overlaps(null, LocalDate.of(2023, 10, 31))).isFalse();
    }

    @Test
    void anUnknownDateFallsInNoRange() {
        assertThat(PublicationDate.parse("").overlaps(null, null)).isFalse();
        assertThat(PublicationDate.UNKNOWN.printed()).isEqualTo("日期不详");
    }

    @Test
    void eachPrecisionIsPrintedTheWayAReaderWritesIt() {
        assertThat(PublicationDate.parse("2023-11-04").printed()).isEqualTo("2023年11月4日");
        assertThat(PublicationDate.parse("2023-11").printed()).isEqualTo("2023年11月");
        assertThat(PublicationDate.parse("2023").printed()).isEqualTo("2023年");
        assertThat(PublicationDate.parse("2023-11").asInferred(true).printed()).isEqualTo("2023年11月（推断）");
    }

    @Test
    void theManifestFormsRoundTripAndOthersAreRefusedWithWhatWasExpected() {
        assertThat(PublicationDate.parse("2024-03").iso()).isEqualTo("2024-03");
        assertThat(PublicationDate.parse(" 2023-11-04 ").exactDay()).isEqualTo(LocalDate.of(2023, 11, 4));
        assertThat(PublicationDate.parse("2023-11").exactDay()).isNull();
        assertThatThrownBy(() -> PublicationDate.parse("11/04/2023")).hasMessageContaining("YYYY-MM-DD, YYYY-MM or YYYY");
        assertThatThrownBy(() -> PublicationDate.parse("2023-13")).hasMessageContaining("not a real date");
    }
}
