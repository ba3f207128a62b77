package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsdesk.answer.AnswerStatus;
import newsdesk.admin.BackgroundVectors;
import newsdesk.answer.AnswerEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs a question set against the served index (built first if missing or stale) and prints its figures. */
@Component
class QuestionSetReport {

    private final AnswerEngine engine;
    private final BackgroundVectors index;
    private final JsonMapper json;
    private final java.time.Clock clock;

    QuestionSetReport(AnswerEngine engine, BackgroundVectors index, JsonMapper json, java.time.Clock clock) {
        this.engine = engine;
        this.clock = clock;
        this.index = index;
        this.json = json;
    }

    /** @param today the day lines without their own {@code today} are asked on; null: the engine's today */
    void print(Path file, PrintWriter out, @Nullable LocalDate today) throws IOException {
        index.catchUpAndEmbed();
        List<QuestionSetEvaluation.Case> cases = QuestionSetFile.read(file, json);
        QuestionSetEvaluation evaluation = new QuestionSetEvaluation(engine, today);
        // One untimed pass first: the figures are for a warm service, as citizens meet it.
        evaluation.run(cases);
        evaluation.run(cases);
        QuestionSetEvaluation.Report report = evaluation.run(cases);
        MissCauses causes = MissCauses.read(file, json);
        for (QuestionSetEvaluation.Outcome outcome : report.outcomes()) {
            if (!outcome.correct() && outcome.testCase().list() != null) {
                out.printf("MISS %s%n     expected a list of %d+ with one of %s; got %s %s: %s%n",
                        outcome.testCase().question(), outcome.testCase().list().minItems(),
                        outcome.testCase().list().titlesAny(), outcome.answer().kind().label(),
                        outcome.answer().status().label(), outcome.answer().citations().stream()
                                .map(newsdesk.answer.Citation::title).collect(Collectors.joining(" / ")));
            } else if (!outcome.correct()) {
                out.printf("MISS%s %s%n     expected %s; got %s%s%n",
                        causes.causeOf(outcome).map(cause -> " (" + cause + ")").orElse(""), outcome.testCase().question(),
                        outcome.testCase().expected(),
                        outcome.answer().answered() ? "" : "(" + outcome.answer().status().label() + ") ",
                        outcome.answer().answered() || outcome.answer().citations().isEmpty() ? outcome.answer().answer()
                                : outcome.answer().citations().getFirst().excerpt());
            }
        }
        out.printf("questions: %d answerable, %d unanswerable (%s)%n", report.answerable(), report.unanswerable(),
                file.getFileName());
        out.printf("correct at top 1: %d/%d = %.3f%n", report.correctAtTop1(), report.answerable(),
                ratio(report.correctAtTop1(), report.answerable()));
        if (causes.any()) {
            out.printf("planted facts correct at top 1: %d/%d; misses by cause: %s%n",
                    causes.correctWithDecoys(report.outcomes()), causes.withDecoys(report.outcomes()),
                    causes.tally(report.outcomes()));
        }
        out.printf("  paraphrased: %d/%d, traditional: %d/%d, typo: %d/%d, colloquial: %d/%d%n",
                report.correctWithTag("paraphrase"), report.withTag("paraphrase"), report.correctWithTag("traditional"),
                report.withTag("traditional"), report.correctWithTag("typo"), report.withTag("typo"),
                report.correctWithTag("colloquial"), report.withTag("colloquial"));
        out.printf("not answered on unanswerable: %d/%d = %.3f%n", report.abstainedOnUnanswerable(),
                report.unanswerable(), ratio(report.abstainedOnUnanswerable(), report.unanswerable()));
        out.printf("status of answerable: %s; of unanswerable: %s%n", statuses(report.byStatus(false)),
                statuses(report.byStatus(true)));
        out.printf("by kind (correct/asked):%s%n", report.byKind().entrySet().stream()
                .map(kind -> " %s %d/%d".formatted(kind.getKey(), kind.getValue()[0], kind.getValue()[1]))
                .collect(Collectors.joining(",")));
        // An ordinary question misread as broad shows here even when its list happens to be judged.
        out.printf("answered as a list: %d/%d%n", report.outcomes().stream()
                .filter(o -> o.answer().kind() == newsdesk.answer.AnswerKind.LIST).count(), report.outcomes().size());
        out.printf("answerable not answered: %d/%d = %.3f%n", report.falseAbstentions(), report.answerable(),
                ratio(report.falseAbstentions(), report.answerable()));
        if (report.dated() > 0) {
            LocalDate fallback = today == null ? LocalDate.now(clock) : today;
            long read = report.outcomes().stream().filter(o -> o.testCase().range() != null
                    && o.testCase().rangeRead(fallback)).count();
            report.outcomes().stream().filter(o -> !o.testCase().rangeRead(fallback)).forEach(o -> out.printf(
                    "RANGE %s%n     expected %s…%s%n", o.testCase().question(), o.testCase().range().from(),
                    o.testCase().range().to()));
            out.printf("date range read as expected: %d/%d; nothing in range said: %d/%d, nearest report offered: %d/%d%n",
                    read, report.dated(), report.correctNothingInRange(), report.nothingInRange(),
                    report.nearestOffered(), report.nothingInRange());
        }
        out.printf("latency question -> answer: p50 %d ms, p95 %d ms%n", report.latencyPercentile(0.5),
                report.latencyPercentile(0.95));
        out.flush();
    }

    private static String statuses(Map<AnswerStatus, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
