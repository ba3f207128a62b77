package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a JSON-lines question set through the answer engine: {"q": …, "any": [gold strings]} must be
 * answered with a first sentence holding a gold string; {"q": …, "abstain": true} must be declined.
 */
final class QuestionSetEvaluation {

    record Case(String question, List<String> gold, boolean shouldAbstain, List<String> tags) {
    }

    record Outcome(Case testCase, Answer answer, boolean correct) {
    }

    record Report(List<Outcome> outcomes) {

        long answerable() {
            return outcomes.stream().filter(o -> !o.testCase().shouldAbstain()).count();
        }

        long correctAtTop1() {
            return outcomes.stream().filter(o -> !o.testCase().shouldAbstain() && o.correct()).count();
        }

        long falseAbstentions() {
            return outcomes.stream().filter(o -> !o.testCase().shouldAbstain() && !o.answer().answered()).count();
        }

        long unanswerable() {
            return outcomes.stream().filter(o -> o.testCase().shouldAbstain()).count();
        }

        long abstainedOnUnanswerable() {
            return outcomes.stream().filter(o -> o.testCase().shouldAbstain() && !o.answer().answered()).count();
        }

        long correctWithTag(String tag) {
            return outcomes.stream().filter(o -> o.testCase().tags().contains(tag) && o.correct()).count();
        }

        long withTag(String tag) {
            return outcomes.stream().filter(o -> o.testCase().tags().contains(tag)).count();
        }

        long latencyPercentile(double percentile) {
            long[] took = outcomes.stream().mapToLong(o -> o.answer().tookMs()).sorted().toArray();
            return took.length == 0 ? 0 : took[(int) Math.min(took.length - 1, Math.ceil(percentile * took.length) - 1)];
        }
    }

    private final AnswerEngine engine;

    QuestionSetEvaluation(AnswerEngine engine) {
        this.engine = engine;
    }

    static List<Case> read(Path file, JsonMapper json) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            List<String> gold = new ArrayList<>();
            node.path("any").forEach(value -> gold.add(value.asString()));
            List<String> tags = new ArrayList<>();
            Arrays.asList("paraphrase", "traditional").forEach(tag -> {
                if (node.path(tag).asBoolean(false)) {
                    tags.add(tag);
                }
            });
            cases.add(new Case(node.path("q").asString(), gold, node.path("abstain").asBoolean(false), tags));
        }
        return cases;
    }

    Report run(List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>(cases.size());
        for (Case testCase : cases) {
            Answer answer = engine.answer(testCase.question());
            outcomes.add(new Outcome(testCase, answer, judge(testCase, answer)));
        }
        return new Report(outcomes);
    }

    private boolean judge(Case testCase, Answer answer) {
        if (testCase.shouldAbstain()) {
            return !answer.answered();
        }
        if (!answer.answered()) {
            return false;
        }
        String first = AnswerText.firstSentence(answer.answer());
        return testCase.gold().stream().anyMatch(first::contains);
    }
}
