package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerStatus;
import newsdesk.measure.Latencies;
import newsdesk.text.WidthFolding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a JSON-lines question set through the answer engine: {"q": …, "any": [gold strings]} must be
 * answered with a quote holding a gold string; {"q": …, "abstain": true} must not be answered (either
 * {@code not_stated} or {@code none}).
 */
final class QuestionSetEvaluation {

    /** @param kind the set's own label of the question: its answer type, or near-miss / out-of-corpus */
    record Case(String question, List<String> gold, boolean shouldAbstain, List<String> tags, String kind) {
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

        /** Outcomes of the answerable (or unanswerable) questions by the status they got. */
        Map<AnswerStatus, Long> byStatus(boolean unanswerable) {
            Map<AnswerStatus, Long> counts = new EnumMap<>(AnswerStatus.class);
            outcomes.stream().filter(o -> o.testCase().shouldAbstain() == unanswerable)
                    .forEach(o -> counts.merge(o.answer().status(), 1L, Long::sum));
            return counts;
        }

        /** Per question kind: {correct, asked}. */
        Map<String, long[]> byKind() {
            Map<String, long[]> kinds = new TreeMap<>();
            for (Outcome o : outcomes) {
                long[] tally = kinds.computeIfAbsent(o.testCase().kind(), k -> new long[2]);
                tally[0] += o.correct() ? 1 : 0;
                tally[1]++;
            }
            return kinds;
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
            return Math.round(Latencies.ofMillis(outcomes.stream().mapToLong(o -> o.answer().tookMs())).millis(percentile));
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
            Arrays.asList("paraphrase", "traditional", "typo", "colloquial").forEach(tag -> {
                if (node.path(tag).asBoolean(false)) {
                    tags.add(tag);
                }
            });
            cases.add(new Case(node.path("q").asString(), gold, node.path("abstain").asBoolean(false), tags,
                    node.path("type").asString("unlabelled")));
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
        return judge(testCase.gold(), testCase.shouldAbstain(), answer);
    }

    /** Shared with the conversation sets, so a turn is judged exactly as a single question is. */
    static boolean judge(List<String> gold, boolean shouldAbstain, Answer answer) {
        if (shouldAbstain) {
            return !answer.answered();
        }
        if (!answer.answered()) {
            return false;
        }
        // The quote is what the citizen reads: the answer sentence with the (at most two) sentences it leans on.
        // Gold strings are copied from the raw pages, where digits may be full-width or spaced (１４ 场次);
        // the cleaned quote has 14场次. Compared width-folded as questions are, and without spaces.
        String quote = comparable(answer.answer());
        return gold.stream().map(QuestionSetEvaluation::comparable).anyMatch(quote::contains);
    }

    private static String comparable(String text) {
        return WidthFolding.toHalfWidthWithPunctuation(text).replaceAll("\\s+", "");
    }
}
