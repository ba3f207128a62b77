package newsdesk.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.dates.DateRange;
import newsdesk.answer.dates.QuestionDates;
import newsdesk.measure.Latencies;
import newsdesk.text.WidthFolding;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a JSON-lines question set through the answer engine: {"q": …, "any": [gold strings]} must be
 * answered with a quote holding a gold string; {"q": …, "abstain": true} must not be answered (either
 * {@code not_stated} or {@code none}); {"q": …, "expect_list": true, …} must be answered with a list
 * (see {@link ListExpectation}). A dated question carries the day it is asked on
 * ({"today": "2024-01-20"}) and the range it means ({"range": [from, to]}); {"nothing_in_range": true}
 * is correct when the answer is not given and says that nothing was found for that range. A line of a feedback
 * export ({@code feedback export --format jsonl}) is a 👎 to fix ({@link DislikedAnswer}); its 👍 lines are skipped.
 */
final class QuestionSetEvaluation {

    /** The kind of the cases a feedback export gives, so the report counts them apart. */
    static final String DISLIKED_KIND = "feedback 👎";

    /**
     * @param kind the set's own label of the question: its answer type, or near-miss / out-of-corpus;
     *             {@code list} for a broad question
     * @param list for a broad question, what its list must hold; null for a question after one fact
     * @param disliked for a 👎 of a feedback export, what was disliked and what should answer it instead
     */
    record Case(String question, List<String> gold, boolean shouldAbstain, List<String> tags, String kind,
                @Nullable ListExpectation list, @Nullable LocalDate today, @Nullable DateRange range,
                boolean nothingInRange, List<String> nearest, @Nullable DislikedAnswer disliked) {

        Case(String question, List<String> gold, boolean shouldAbstain, List<String> tags, String kind) {
            this(question, gold, shouldAbstain, tags, kind, null, null, null, false, List.of(), null);
        }

        static Case disliked(String question, DislikedAnswer disliked) {
            return new Case(question, List.of(), false, List.of(), DISLIKED_KIND, null, null, null, false, List.of(),
                    disliked);
        }

        /** What the report says was expected of a missed case. */
        String expected() {
            return disliked != null ? disliked.expected() : shouldAbstain ? "abstention" : gold.toString();
        }

        /** Whether the question's date words were read as the set expects; true for undated questions. */
        boolean rangeRead(LocalDate fallbackToday) {
            if (range == null) {
                return true;
            }
            DateRange read = QuestionDates.in(question, today == null ? fallbackToday : today).range();
            return read != null && read.from().equals(range.from()) && read.to().equals(range.to());
        }
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

        long dated() {
            return outcomes.stream().filter(o -> o.testCase().range() != null).count();
        }

        long nothingInRange() {
            return outcomes.stream().filter(o -> o.testCase().nothingInRange()).count();
        }

        long correctNothingInRange() {
            return outcomes.stream().filter(o -> o.testCase().nothingInRange() && o.correct()).count();
        }

        /** Nothing-in-range questions whose first offered report is one the set names as nearest. */
        long nearestOffered() {
            return outcomes.stream().filter(o -> o.testCase().nothingInRange() && !o.testCase().nearest().isEmpty()
                    && !o.answer().citations().isEmpty()
                    && o.testCase().nearest().contains(o.answer().citations().getFirst().source())).count();
        }

        long latencyPercentile(double percentile) {
            return Math.round(Latencies.ofMillis(outcomes.stream().mapToLong(o -> o.answer().tookMs())).millis(percentile));
        }
    }

    private final AnswerEngine engine;
    /** The day undated lines are asked on; null asks them on the engine's own today. */
    private final @Nullable LocalDate fallbackToday;

    QuestionSetEvaluation(AnswerEngine engine) {
        this(engine, null);
    }

    QuestionSetEvaluation(AnswerEngine engine, @Nullable LocalDate fallbackToday) {
        this.engine = engine;
        this.fallbackToday = fallbackToday;
    }

    static List<Case> read(Path file, JsonMapper json) throws IOException {
        List<Case> cases = new ArrayList<>();
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
            cases.add(new Case(node.path("q").asString(), gold, node.path("abstain").asBoolean(false) || nothing, tags,
                    kind, list, node.hasNonNull("today") ? LocalDate.parse(node.path("today").asString()) : null,
                    range.size() == 2 ? new DateRange(LocalDate.parse(range.get(0).asString()),
                            LocalDate.parse(range.get(1).asString()), "") : null,
                    nothing, nearest, null));
        }
        return cases;
    }

    Report run(List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>(cases.size());
        for (Case testCase : cases) {
            LocalDate today = testCase.today() != null ? testCase.today() : fallbackToday;
            Answer answer = today == null ? engine.answer(testCase.question()) : engine.answer(testCase.question(), today);
            outcomes.add(new Outcome(testCase, answer, judge(testCase, answer)));
        }
        return new Report(outcomes);
    }

    private boolean judge(Case testCase, Answer answer) {
        if (testCase.nothingInRange() && testCase.range() != null) {
            // Not answering is not enough: the citizen must be told which dates came up empty.
            return !answer.answered() && answer.answer().contains("没有找到" + testCase.range().printed());
        }
        if (testCase.list() != null) {
            return testCase.list().heldBy(answer);
        }
        if (testCase.disliked() != null) {
            return testCase.disliked().fixedBy(answer);
        }
        return judge(testCase.gold(), testCase.shouldAbstain(), answer);
    }

    /** Shared with the conversation sets, so a turn is judged exactly as a single question is. */
    static boolean judge(List<String> gold, boolean shouldAbstain, Answer answer) {
        if (shouldAbstain) {
            return !answer.answered();
        }
        // A question after one fact that got a list was misread as broad, whatever the items say.
        if (!answer.answered() || answer.kind() != AnswerKind.ANSWER) {
            return false;
        }
        // The quote is what the citizen reads: the answer sentence with the (at most two) sentences it leans on.
        // Gold strings are copied from the raw pages, where digits may be full-width or spaced (１４ 场次);
        // the cleaned quote has 14场次. Compared width-folded as questions are, and without spaces.
        String quote = comparable(answer.answer());
        return gold.stream().map(QuestionSetEvaluation::comparable).anyMatch(quote::contains);
    }

    static String comparable(String text) {
        return WidthFolding.toHalfWidthWithPunctuation(text).replaceAll("\\s+", "");
    }
}
