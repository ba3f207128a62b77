package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import newsdesk.ingest.GoldenArticles.Comparison;
import newsdesk.ingest.GoldenArticles.GoldenArticle;
import org.junit.jupiter.api.Test;

/**
 * Segmentation of the five text sample pages against the golden list written by reading them
 * (see {@link GoldenArticles} for what counts as reproduced).
 */
class GoldenSegmentationTest {

    @Test
    void reproducesAtLeast95PercentOfTheGoldenArticles() throws IOException {
        List<Article> parsed = IngestFixtures.ingestService().ingest(List.of(IngestFixtures.SAMPLE_PAGES)).articles();

        Comparison comparison = GoldenArticles.compare(parsed, UnaryOperator.identity());
        System.out.println(comparison.summary("golden segmentation", parsed.size()));
        comparison.misses().forEach(miss -> System.out.println("  miss: " + miss));

        assertThat(comparison.total()).isGreaterThanOrEqualTo(40);
        assertThat(comparison.share()).as("share of golden articles reproduced; misses:%n%s",
                String.join("\n", comparison.misses())).isGreaterThanOrEqualTo(GoldenArticles.REQUIRED_SHARE);
    }

    @Test
    void findsNoArticleThatTheGoldenListDoesNotHave() throws IOException {
        List<GoldenArticle> golden = GoldenArticles.golden();
        List<Article> parsed = IngestFixtures.ingestService().ingest(List.of(IngestFixtures.SAMPLE_PAGES)).articles();

        List<String> extra = parsed.stream()
                .filter(article -> golden.stream().noneMatch(g -> g.source().equals(article.source())
                        && GoldenArticles.squash(article.body()).startsWith(GoldenArticles.squash(g.first()))))
                .map(article -> article.id() + " " + article.displayTitle())
                .toList();

        assertThat(extra).isEmpty();
    }
}
