package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsdesk.answer.AnswerStatus;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.AnswerEngine;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs a question set against the served index (built first if missing or stale) and prints its figures. */
@Component
class QuestionSetReport {

    private final AnswerEngine engine;
    private final IndexMaintenance maintenance;
    private final JsonMapper json;

    QuestionSetReport(AnswerEngine engine, IndexMaintenance maintenance, JsonMapper json) {
        this.engine = engine;
        this.maintenance = maintenance;
        this.json = json;
    }

    void print(Path file, PrintWriter out) throws IOException {
        maintenance.ensureFresh();
        List<QuestionSetEvaluation.Case> cases = QuestionSetEvaluation.read(file, json);
        QuestionSetEvaluation evaluation = new QuestionSetEvaluation(engine);
        // One untimed pass first: the figures are for a warm service, as citizens meet it.
        evaluation.run(cases);
        evaluation.run(cases);
        QuestionSetEvaluation.Report report = evaluation.run(cases);
        for (QuestionSetEvaluation.Outcome outcome : report.outcomes()) {
            if (!outcome.correct() && outcome.testCase().list() != null) {
                out.printf("MISS %s%n     expected a list of %d+ with one of %s; got %s %s: %s%n",
                        outcome.testCase().question(), outcome.testCase().list().minItems(),
                        outcome.testCase().list().titlesAny(), outcome.answer().kind().label(),
                        outcome.answer().status().label(), outcome.answer().citations().stream()
                                .map(newsdesk.answer.Citation::title).collect(Collectors.joining(" / ")));
            } else if (!outcome.correct()) {
                out.printf("MISS %s%n     expected %s; got %s%s%n", outcome.testCase().question(),
                        outcome.testCase().shouldAbstain() ? "abstention" : outcome.testCase().gold(),
                        outcome.answer().answered() ? "" : "(" + outcome.answer().status().label() + ") ",
                        outcome.answer().answered() || outcome.answer().citations().isEmpty() ? outcome.answer().answer()
                                : outcome.answer().citations().getFirst().excerpt());
            }
        }
        out.printf("questions: %d answerable, %d unanswerable (%s)%n", report.answerable(), report.unanswerable(),
                file.getFileName());
        out.printf("correct at top 1: %d/%d = %.3f%n", report.correctAtTop1(), report.answerable(),
                ratio(report.correctAtTop1(), report.answerable()));
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
