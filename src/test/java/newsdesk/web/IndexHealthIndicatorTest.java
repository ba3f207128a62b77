package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.IndexCoverage;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class IndexHealthIndicatorTest {

    private final SearchService search = mock(SearchService.class);
    private final IndexHealthIndicator indicator = new IndexHealthIndicator(search);

    @Test
    void isUpWithWhatTheIndexCovers() {
        given(search.coverage()).willReturn(new IndexCoverage(41, 5, PublicationDate.day(LocalDate.of(2023, 7, 1)), PublicationDate.day(LocalDate.of(2024, 3, 5))));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("articles", 41).containsEntry("pageFiles", 5)
                .containsEntry("firstDate", "2023-07-01").containsEntry("lastDate", "2024-03-05");
    }

    @Test
    void isOutOfServiceWhileTheIndexHoldsNoArticles() {
        given(search.coverage()).willReturn(new IndexCoverage(0, 0, PublicationDate.UNKNOWN, PublicationDate.UNKNOWN));

        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.getDetails()).containsEntry("articles", 0).containsKey("reason");
    }
}
