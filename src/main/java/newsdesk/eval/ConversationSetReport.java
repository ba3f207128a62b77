package newsdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import newsdesk.admin.BackgroundVectors;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.Conversations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Runs a conversation set against the served index and prints its figures, turn by turn. */
@Component
class ConversationSetReport {

    private final Conversations conversations;
    private final AnswerEngine engine;
    private final BackgroundVectors index;
    private final JsonMapper json;

    ConversationSetReport(Conversations conversations, AnswerEngine engine, BackgroundVectors index,
                          JsonMapper json) {
        this.conversations = conversations;
        this.engine = engine;
        this.index = index;
        this.json = json;
    }

    void print(Path file, boolean withMemory, PrintWriter out) throws IOException {
        index.catchUpAndEmbed();
        List<ConversationSetEvaluation.Dialogue> dialogues = ConversationSetEvaluation.read(file, json);
        ConversationSetEvaluation.Report report = new ConversationSetEvaluation(conversations, engine)
                .run(dialogues, withMemory);
        for (ConversationSetEvaluation.TurnOutcome outcome : report.outcomes()) {
            if (!outcome.correct() || outcome.answer().understoodAs() != null) {
                out.printf("%s %d. %s%s%n", outcome.correct() ? "ok  " : "MISS", outcome.position() + 1,
                        outcome.answer().question(),
                        outcome.answer().understoodAs() == null ? "" : "  理解为：" + outcome.answer().understoodAs());
                if (!outcome.correct()) {
                    ConversationSetEvaluation.Expected expected = outcome.expected();
                    out.printf("     expected %s; got (%s) %s%n", expected.notStated() ? "not stated"
                            : expected.abstain() ? "abstention" : expected.gold(),
                            outcome.answer().status().label(), outcome.answer().answer());
                }
            }
        }
        out.printf("conversations: %d, turns: %d (%s, %s)%n", dialogues.size(), report.outcomes().size(),
                file.getFileName(), withMemory ? "with conversation memory" : "each turn alone");
        for (int position = 0; position < report.positions(); position++) {
            int at = position;
            out.printf("turn %d correct: %s%n", position + 1, share(report, o -> o.position() == at));
        }
        out.printf("follow-up turns (2nd and later, not standalone) correct: %s%n",
                share(report, o -> o.position() > 0 && !o.dialogue().standalone()));
        out.printf("all turns correct: %s%n", share(report, o -> true));
        long standalone = report.count(o -> o.position() > 0 && o.dialogue().standalone());
        long leftAlone = report.count(o -> o.position() > 0 && o.dialogue().standalone()
                && o.answer().understoodAs() == null);
        out.printf("standalone follow-ups left alone: %d/%d, correct: %s%n", leftAlone, standalone,
                share(report, o -> o.position() > 0 && o.dialogue().standalone()));
        long notStated = report.count(o -> o.expected().notStated());
        out.printf("not_stated turns not answered: %s (exactly not_stated: %d/%d)%n",
                share(report, o -> o.expected().notStated()),
                report.count(o -> o.expected().notStated() && o.answer().status() == AnswerStatus.NOT_STATED),
                notStated);
        out.printf("abstain turns not answered: %s%n", share(report, o -> o.expected().abstain()));
        out.printf("rewritten turns: %d%n", report.count(o -> o.answer().understoodAs() != null));
        out.flush();
    }

    private static String share(ConversationSetEvaluation.Report report,
                                java.util.function.Predicate<ConversationSetEvaluation.TurnOutcome> which) {
        long asked = report.count(which);
        long correct = report.correct(which);
        return "%d/%d = %.3f".formatted(correct, asked, asked == 0 ? 0 : (double) correct / asked);
    }
}
