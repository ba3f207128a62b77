package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.ingest.PublicationDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twelve articles of the sample pages as `articles --json` printed them, versioned in
 * src/test/resources so ranking tests do not move when ingest changes.
 */
final class GoldenCorpus {

    private static final Path FILE = Path.of("src/test/resources/search/golden-articles.jsonl");

    private GoldenCorpus() {
    }

    static List<Article> articles() {
        JsonMapper json = JsonMapper.builder().build();
        List<Article> articles = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                JsonNode a = json.readTree(line);
                articles.add(new Article(a.get("id").asString(), a.get("source").asString(), a.get("position").asInt(),
                        PublicationDate.parse(a.get("date").isNull() ? null : a.get("date").asString()),
                        a.get("page").isNull() ? null : a.get("page").asInt(), null, null,
                        a.get("title").asString(), a.get("subtitle").asString(), strings(a.get("reporters")),
                        ArticleKind.valueOf(a.get("kind").asString().toUpperCase(java.util.Locale.ROOT)),
                        strings(a.get("paragraphs")), strings(a.get("captions")), null, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
