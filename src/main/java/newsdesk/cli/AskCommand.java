package newsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerText;
import newsdesk.answer.CorpusSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Asks NewsDesk from the command line: one question as arguments, or one per line on standard input. */
@Component
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the paper, with citations. Without a question, read one per line from stdin.")
class AskCommand implements Callable<Integer> {

    private final AnswerEngine engine;
    private final IndexMaintenance maintenance;
    private final JsonMapper json;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question, e.g. 困难毕业生补贴每人多少钱？")
    List<String> words = List.of();

    @Option(names = "--json", description = "Print the answer object as one JSON line.")
    boolean asJson;

    AskCommand(AnswerEngine engine, IndexMaintenance maintenance, JsonMapper json) {
        this.engine = engine;
        this.maintenance = maintenance;
        this.json = json;
    }

    @Override
    public Integer call() throws IOException {
        // A missing or stale index is built first, so a newcomer's first question just works.
        maintenance.ensureFresh();
        PrintWriter out = spec == null ? new PrintWriter(System.out, true, StandardCharsets.UTF_8) : spec.commandLine().getOut();
        if (!words.isEmpty()) {
            print(out, engine.answer(String.join(" ", words)));
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            // The prompt goes to stderr, so piped answers on stdout stay one result per line.
            PrintWriter prompt = spec == null ? new PrintWriter(System.err, true, StandardCharsets.UTF_8) : spec.commandLine().getErr();
            CorpusSummary summary = engine.summary();
            prompt.printf("NewsDesk: %d articles from %d page files. Type a question and press Enter (Ctrl-D ends), "
                    + "e.g. 困难毕业生补贴每人多少钱？%n> ", summary.articles(), summary.pageFiles());
            prompt.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    print(out, engine.answer(line));
                }
                prompt.print("> ");
                prompt.flush();
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, Answer answer) {
        out.println(asJson ? json.writeValueAsString(answer) : AnswerText.readable(answer));
        out.flush();
    }
}
