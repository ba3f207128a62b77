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
 * […]}, "another year": {…}}). A miss whose quote holds one of them quoted that decoy; any other miss
 * is "other". Questions without decoys are not counted.
 */
final class MissCauses {

    static final String OTHER = "other";

    /** Per question text: cause → the strings only that decoy prints. */
    private final Map<String, Map<String, List<String>>> decoys;

    private MissCauses(Map<String, Map<String, List<String>>> decoys) {
        this.decoys = decoys;
    }

    static MissCauses read(Path file, JsonMapper json) throws IOException {
        Map<String, Map<String, List<String>>> decoys = new HashMap<>();
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
            decoys.put(node.path("q").asString(), causes);
        }
        return new MissCauses(decoys);
    }

    boolean any() {
        return !decoys.isEmpty();
    }

    /** The cause of a miss, or empty when the question has no decoys. */
    Optional<String> causeOf(QuestionSetEvaluation.Outcome miss) {
        Map<String, List<String>> causes = decoys.get(miss.testCase().question());
        if (causes == null) {
            return Optional.empty();
        }
        String quote = QuestionSetEvaluation.comparable(miss.answer().answer());
        return Optional.of(causes.entrySet().stream()
                .filter(cause -> cause.getValue().stream().map(QuestionSetEvaluation::comparable).anyMatch(quote::contains))
                .map(Map.Entry::getKey).findFirst().orElse(OTHER));
    }

    /** "another place 12, another year 3, other 5" over the misses of the questions with decoys. */
    String tally(List<QuestionSetEvaluation.Outcome> outcomes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        decoys.values().stream().flatMap(causes -> causes.keySet().stream()).distinct().sorted()
                .forEach(cause -> counts.put(cause, 0L));
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
