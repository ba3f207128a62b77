package newsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import newsdesk.admin.BackgroundVectors;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerService;
import newsdesk.answer.AnswerText;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;
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

    private static final int EXPLAINED_CANDIDATES = 5;

    private final AnswerEngine engine;
    private final Conversations conversations;
    private final AnswerService explainer;
    private final BackgroundVectors index;
    private final JsonMapper json;

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question, e.g. 困难毕业生补贴每人多少钱？")
    List<String> words = List.of();

    @Option(names = "--json", description = "Print the answer object as one JSON line.")
    boolean asJson;

    @Option(names = "--conversation", description = "Read stdin as conversations: consecutive lines are one "
            + "conversation (a follow-up such as 那怎么申请？ is completed from the line before), an empty line starts a new one.")
    boolean conversation;

    @Option(names = "--explain", description = "After each answer, print the best candidate sentences with each "
            + "feature's value × weight, the sum that ranked them.")
    boolean explain;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Answer as if asked on this day: "
            + "昨天, 上个月 and 最近 count from it (default: today, or the newsdesk.dates.today setting).")
    @Nullable LocalDate today;

    /** The conversation the next stdin line belongs to, with {@code --conversation}. */
    private int conversationNumber = 1;

    AskCommand(AnswerEngine engine, Conversations conversations, AnswerService explainer, BackgroundVectors index,
               JsonMapper json) {
        this.engine = engine;
        this.conversations = conversations;
        this.explainer = explainer;
        this.index = index;
        this.json = json;
    }

    @Override
    public Integer call() throws IOException {
        // A missing or stale index is built first, so a newcomer's first question just works.
        index.catchUpAndEmbed();
        PrintWriter out = spec == null ? new PrintWriter(System.out, true, StandardCharsets.UTF_8) : spec.commandLine().getOut();
        if (!words.isEmpty()) {
            ask(out, String.join(" ", words));
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
                    ask(out, line);
                } else if (conversation) {
                    conversations.forget(ConversationKey.commandLine(conversationNumber));
                    conversationNumber++;
                }
                prompt.print("> ");
                prompt.flush();
            }
        }
        out.flush();
        return 0;
    }

    private void ask(PrintWriter out, String question) {
        ConversationKey key = ConversationKey.commandLine(conversationNumber);
        Answer answer = conversation
                ? today == null ? conversations.answer(key, question) : conversations.answer(key, question, today)
                : today == null ? engine.answer(question) : engine.answer(question, today);
        out.println(asJson ? json.writeValueAsString(answer) : AnswerText.readable(answer));
        if (explain) {
            List<AnswerService.Explained> explained = today == null ? explainer.explain(question, EXPLAINED_CANDIDATES)
                    : explainer.explain(question, today, EXPLAINED_CANDIDATES);
            for (AnswerService.Explained candidate : explained) {
                out.printf("%8.3f  [%s] %s%n", candidate.score(), candidate.answerType(), candidate.sentence());
                out.println("          " + candidate.parts().stream().filter(part -> part.value() != 0)
                        .map(part -> "%s %.2f×%.2f".formatted(part.feature(), part.value(), part.weight()))
                        .collect(Collectors.joining("  ")));
            }
        }
        out.flush();
    }
}
