package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a planted fact was missed: a question of the synthetic archive (generate-archive) names, under
 * {@code "decoys"}, the standards its look-alike articles print by cause ({"another place": {"any":
 * […]}, "another year": {…}}), and its {@code programme}, {@code place} and {@code year}. A miss whose
 * quote holds a decoy's standard quoted that decoy. A quote on the same programme from another fact's
 * article counts as another place when it lacks the question's place, as another year when it lacks
 * the question's year; a question not answered is "not answered", any other miss "other". Questions
 * without decoys are not counted.
 */
final class MissCauses {

    static final String OTHER = "other";
    static final String ANOTHER_PLACE = "another place";
    static final String ANOTHER_YEAR = "another year";
    static final String NOT_ANSWERED = "not answered";

    /** What a planted question asks for, and per cause the strings only that decoy prints. */
    private record Planted(String programme, String place, String year, Map<String, List<String>> decoys) {
    }

    /** Per question text. */
    private final Map<String, Planted> decoys;

    private MissCauses(Map<String, Planted> decoys) {
        this.decoys = decoys;
    }

    static MissCauses read(Path file, JsonMapper json) throws IOException {
        Map<String, Planted> decoys = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (!node.has("decoys")) {
                continue;
            }
            Map<String, List<String>> causes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> cause : node.path("decoys").properties()) {
                List<String> printed = new ArrayList<>();
                cause.getValue().path("any").forEach(value -> printed.add(value.asString()));
                causes.put(cause.getKey(), printed);
            }
            decoys.put(node.path("q").asString(), new Planted(comparable(node.path("programme").asString()),
                    comparable(node.path("place").asString()), node.path("year").asString() + "年", causes));
        }
        return new MissCauses(decoys);
    }

    boolean any() {
        return !decoys.isEmpty();
    }

    /** The cause of a miss, or empty when the question has no decoys. */
    Optional<String> causeOf(QuestionSetEvaluation.Outcome miss) {
        Planted planted = decoys.get(miss.testCase().question());
        if (planted == null) {
            return Optional.empty();
        }
        if (!miss.answer().answered()) {
            // Nothing was quoted as the answer: a decoy may have come closest, but no figure was given.
            return Optional.of(NOT_ANSWERED);
        }
        String quote = comparable(miss.answer().answer());
        Optional<String> decoy = planted.decoys().entrySet().stream()
                .filter(cause -> cause.getValue().stream().map(MissCauses::comparable).anyMatch(quote::contains))
                .map(Map.Entry::getKey).findFirst();
        if (decoy.isPresent()) {
            return decoy;
        }
        if (planted.programme().isEmpty() || !quote.contains(planted.programme())) {
            return Optional.of(OTHER);
        }
        return Optional.of(!quote.contains(planted.place()) ? ANOTHER_PLACE
                : !quote.contains(planted.year()) ? ANOTHER_YEAR : OTHER);
    }

    private static String comparable(String text) {
        return GoldQuotes.comparable(text);
    }

    /** "another place 12, another year 3, other 5" over the misses of the questions with decoys. */
    String tally(List<QuestionSetEvaluation.Outcome> outcomes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(ANOTHER_PLACE, 0L);
        counts.put(ANOTHER_YEAR, 0L);
        counts.put(NOT_ANSWERED, 0L);
        counts.put(OTHER, 0L);
        outcomes.stream().filter(o -> !o.correct()).map(this::causeOf).flatMap(Optional::stream)
                .forEach(cause -> counts.merge(cause, 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    long withDecoys(List<QuestionSetEvaluation.Outcome> outcomes) {
        return outcomes.stream().filter(o -> decoys.containsKey(o.testCase().question())).count();
    }

    long correctWithDecoys(List<QuestionSetEvaluation.Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.correct() && decoys.containsKey(o.testCase().question())).count();
    }
}
