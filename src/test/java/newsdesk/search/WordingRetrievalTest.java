package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsdesk.ingest.SamplePages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Retrieval on the sample pages for questions in citizens' wording (wording-tune.jsonl: everyday words
 * and one-character homophone typos) and for the tuning set, with and without the everyday-word list
 * and the homophone correction. A question counts at 1 when the first passage holds a gold string, at 3
 * when one of the first three does (the answer layer reads three). The answer layer's own figures are in
 * docs/BENCHMARKS.md; this isolates what search contributes.
 */
class WordingRetrievalTest {

    @TempDir
    static Path indexDir;

    static SearchService plain;
    static SearchService everyday;
    static SearchService homophones;
    static SearchService both;

    record Case(String question, List<String> gold, String wording) {
    }

    @BeforeAll
    static void buildTheSampleIndex() throws IOException {
        SearchFixtures.indexOf(SamplePages.articles(), indexDir).close();
        plain = SearchFixtures.servedWith(indexDir, 0f, 0f);
        everyday = SearchFixtures.servedWith(indexDir, SearchFixtures.SYNONYM_BOOST, 0f);
        homophones = SearchFixtures.servedWith(indexDir, 0f, SearchFixtures.HOMOPHONE_BOOST);
        both = SearchFixtures.servedWith(indexDir, SearchFixtures.SYNONYM_BOOST, SearchFixtures.HOMOPHONE_BOOST);
    }

    @AfterAll
    static void close() throws IOException {
        for (SearchService search : List.of(plain, everyday, homophones, both)) {
            search.close();
        }
    }

    @Test
    void everydayWordsAndHomophoneTyposFindTheirPassage() throws IOException {
        List<Case> colloquial = cases("wording-tune.jsonl").stream().filter(c -> c.wording().equals("colloquial")).toList();
        List<Case> typos = cases("wording-tune.jsonl").stream().filter(c -> c.wording().equals("homophone")).toList();

        report("colloquial", colloquial);
        report("homophone typos", typos);

        assertThat(hits(everyday, colloquial)).isGreaterThan(hits(plain, colloquial));
        assertThat(hits(homophones, typos)).isGreaterThan(hits(plain, typos));
        assertThat(hits(both, typos)).isGreaterThanOrEqualTo(hits(homophones, typos));
        assertThat(hits(both, colloquial)).isGreaterThanOrEqualTo(hits(everyday, colloquial));
    }

    @Test
    void questionsInThePapersOwnWordsRankAsBefore() throws IOException {
        List<Case> core = cases("sample-pages-core.jsonl").stream().filter(c -> !c.gold().isEmpty()).toList();

        report("tuning set", core);

        assertThat(hits(both, core)).isGreaterThanOrEqualTo(hits(plain, core));
    }

    private static void report(String name, List<Case> cases) {
        System.out.printf("wording retrieval, %s (%d questions), right at 1 / at 3: without %s, everyday words %s, "
                        + "homophones %s, both %s%n", name, cases.size(), figures(plain, cases),
                figures(everyday, cases), figures(homophones, cases), figures(both, cases));
        for (Case c : cases) {
            if (!hit(both, c)) {
                System.out.println("  miss: " + c.question() + " " + both.alternativesIn(c.question()));
            }
        }
    }

    private static String figures(SearchService search, List<Case> cases) {
        return hits(search, cases) + " / " + cases.stream().filter(c -> hit(search, c, 3)).count();
    }

    private static long hits(SearchService search, List<Case> cases) {
        return cases.stream().filter(c -> hit(search, c)).count();
    }

    private static boolean hit(SearchService search, Case c) {
        return hit(search, c, 1);
    }

    private static boolean hit(SearchService search, Case c, int depth) {
        return search.search(c.question(), depth).stream()
                .map(found -> found.passage().text().replaceAll("\\s+", ""))
                .anyMatch(text -> c.gold().stream().anyMatch(gold -> text.contains(gold.replaceAll("\\s+", ""))));
    }

    private static List<Case> cases(String file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/questions", file), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = json.readTree(line);
                List<String> gold = new ArrayList<>();
                node.path("any").forEach(value -> gold.add(value.asString()));
                cases.add(new Case(node.path("q").asString(), gold, node.path("wording").asString("")));
            }
        }
        return cases;
    }
}
