package newsdesk.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.dates.DateRange;
import newsdesk.answer.dates.QuestionDates;
import newsdesk.measure.Latencies;
import org.jspecify.annotations.Nullable;

/**
 * Runs a JSON-lines question set ({@link QuestionSetFile}) through the answer engine: {"q": …, "any": [gold strings]} must be
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
        return GoldQuotes.judge(testCase.gold(), testCase.shouldAbstain(), answer);
    }
}
