package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsdesk.answer.dates.DateRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON lines of a question set, or of a feedback export, into the cases {@link QuestionSetEvaluation} runs. */
final class QuestionSetFile {

    private QuestionSetFile() {
    }

    static List<QuestionSetEvaluation.Case> read(Path file, JsonMapper json) throws IOException {
        List<QuestionSetEvaluation.Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (DislikedAnswer.isExportRow(node)) {
                DislikedAnswer.caseOf(node, json).ifPresent(cases::add);
                continue;
            }
            List<String> gold = new ArrayList<>();
            node.path("any").forEach(value -> gold.add(value.asString()));
            List<String> tags = new ArrayList<>();
            Arrays.asList("paraphrase", "traditional", "typo", "colloquial").forEach(tag -> {
                if (node.path(tag).asBoolean(false)) {
                    tags.add(tag);
                }
            });
            ListExpectation list = ListExpectation.of(node);
            String kind = list != null ? "list" : node.has("expect_list") ? "one fact"
                    : node.path("type").asString(node.has("expression") ? node.path("expression").asString() : "unlabelled");
            List<String> nearest = new ArrayList<>();
            node.path("nearest").forEach(value -> nearest.add(value.asString()));
            JsonNode range = node.path("range");
            boolean nothing = node.path("nothing_in_range").asBoolean(false);
            cases.add(new QuestionSetEvaluation.Case(node.path("q").asString(), gold,
                    node.path("abstain").asBoolean(false) || nothing, tags, kind, list, node.hasNonNull("today") ? LocalDate.parse(node.path("today").asString()) : null,
                    range.size() == 2 ? new DateRange(LocalDate.parse(range.get(0).asString()),
                            LocalDate.parse(range.get(1).asString()), "") : null,
                    nothing, nearest, null));
        }
        return cases;
    }
}
