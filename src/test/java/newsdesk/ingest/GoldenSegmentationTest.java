package newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Segmentation against a golden list written by reading the five sample pages: every article's
 * title and the first and last sentence of its body. An article counts as reproduced when its title
 * is identical, its body starts and ends at the golden sentences, and holds no golden sentence of
 * another article.
 */
class GoldenSegmentationTest {

    private static final double REQUIRED_SHARE = 0.95;

    record GoldenArticle(String source, String title, String subtitle, String kind, String first, String last) {
        String name() {
            return source.substring(0, 3) + " " + (title.isEmpty() ? "[untitled] " + first : title);
        }
    }

    @Test
    void reproducesAtLeast95PercentOfTheGoldenArticles() throws IOException {
        List<GoldenArticle> golden = golden();
        List<Article> parsed = IngestFixtures.ingestService().ingest(List.of(IngestFixtures.SAMPLE_PAGES)).articles();

        List<String> misses = new ArrayList<>();
        for (GoldenArticle expected : golden) {
            mismatch(expected, parsed, golden).ifPresent(reason -> misses.add(expected.name() + ": " + reason));
        }
        double share = 1.0 - (double) misses.size() / golden.size();
        System.out.printf("golden segmentation: %d of %d articles reproduced (%.1f%%), parsed %d articles%n",
                golden.size() - misses.size(), golden.size(), 100 * share, parsed.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));

        assertThat(golden).hasSizeGreaterThanOrEqualTo(40);
        assertThat(share).as("share of golden articles reproduced; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(REQUIRED_SHARE);
    }

    @Test
    void findsNoArticleThatTheGoldenListDoesNotHave() throws IOException {
        List<GoldenArticle> golden = golden();
        List<Article> parsed = IngestFixtures.ingestService().ingest(List.of(IngestFixtures.SAMPLE_PAGES)).articles();

        List<String> extra = parsed.stream()
                .filter(article -> golden.stream().noneMatch(g -> g.source().equals(article.source())
                        && squash(article.body()).startsWith(squash(g.first()))))
                .map(article -> article.id() + " " + article.displayTitle())
                .toList();

        assertThat(extra).isEmpty();
    }

    private static Optional<String> mismatch(GoldenArticle expected, List<Article> parsed, List<GoldenArticle> golden) {
        Optional<Article> found = parsed.stream()
                .filter(article -> article.source().equals(expected.source()))
                .filter(article -> squash(article.body()).startsWith(squash(expected.first())))
                .findFirst();
        if (found.isEmpty()) {
            return Optional.of("no article starts with its first sentence");
        }
        Article article = found.get();
        String body = squash(article.body());
        if (!collapse(article.title()).equals(collapse(expected.title()))) {
            return Optional.of("title was '" + article.title() + "'");
        }
        if (!collapse(article.subtitle()).equals(collapse(expected.subtitle()))) {
            return Optional.of("subtitle was '" + article.subtitle() + "'");
        }
        if (!article.kind().label().equals(expected.kind())) {
            return Optional.of("kind was " + article.kind().label());
        }
        if (!body.endsWith(squash(expected.last()))) {
            return Optional.of("body ends with '" + tail(article.body()) + "'");
        }
        for (GoldenArticle other : golden) {
            if (other != expected && other.source().equals(expected.source())
                    && (body.contains(squash(other.first())) || body.contains(squash(other.last())))) {
                return Optional.of("holds a sentence of '" + other.name() + "'");
            }
        }
        return Optional.empty();
    }

    static List<GoldenArticle> golden() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = Objects.requireNonNull(
                GoldenSegmentationTest.class.getResourceAsStream("/golden/articles.jsonl"), "golden file")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> json.readValue(line, GoldenArticle.class))
                    .toList();
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String tail(String body) {
        return body.length() <= 40 ? body : "…" + body.substring(body.length() - 40);
    }
}
