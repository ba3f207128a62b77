package newsdesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden list written by reading the five sample pages, and the comparison of parsed articles
 * with it: an article counts as reproduced when its title, subtitle and kind are identical, its
 * body starts and ends at the golden sentences, and holds no golden sentence of another article.
 * Shared by the tests of every way a page comes in (text, PDF), so that their figures compare.
 */
final class GoldenArticles {

    static final double REQUIRED_SHARE = 0.95;

    record GoldenArticle(String source, String title, String subtitle, String kind, String first, String last) {
        String name() {
            return source.substring(0, 3) + " " + (title.isEmpty() ? "[untitled] " + first : title);
        }
    }

    /** The golden articles missed by {@code parsed}, each as its name and the reason; {@code share} of those found. */
    record Comparison(int total, List<String> misses) {
        double share() {
            return 1.0 - (double) misses.size() / total;
        }

        String summary(String what, int parsed) {
            return String.format("%s: %d of %d articles reproduced (%.1f%%), parsed %d articles",
                    what, total - misses.size(), total, 100 * share(), parsed);
        }
    }

    private GoldenArticles() {
    }

    /** {@code parsed} against the golden list; {@code sourceOf} maps a parsed article's source to the golden one's. */
    static Comparison compare(List<Article> parsed, java.util.function.UnaryOperator<String> sourceOf) throws IOException {
        List<GoldenArticle> golden = golden();
        List<Article> renamed = parsed.stream().map(article -> withSource(article, sourceOf.apply(article.source()))).toList();
        List<String> misses = new ArrayList<>();
        for (GoldenArticle expected : golden) {
            mismatch(expected, renamed, golden).ifPresent(reason -> misses.add(expected.name() + ": " + reason));
        }
        return new Comparison(golden.size(), misses);
    }

    private static Article withSource(Article a, String source) {
        return new Article(a.id(), source, a.position(), a.date(), a.page(), a.edition(), a.section(), a.title(),
                a.subtitle(), a.reporters(), a.kind(), a.paragraphs(), a.captions(), a.continuedOn(), a.reprintedFrom());
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
                GoldenArticles.class.getResourceAsStream("/golden/articles.jsonl"), "golden file")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank())
                    .map(line -> json.readValue(line, GoldenArticle.class))
                    .toList();
        }
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String tail(String body) {
        return body.length() <= 40 ? body : "…" + body.substring(body.length() - 40);
    }
}
