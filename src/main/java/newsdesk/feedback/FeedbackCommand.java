package newsdesk.feedback;

import java.io.PrintWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code feedback export}: the rated answers on stdout. Needs the database file to itself (H2 locks it),
 * so it is run beside a stopped service; while one runs, {@code GET /api/admin/feedback} gives the same rows.
 * A bean of {@link StorageConfiguration}, so it exists only where the question log does.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = "The question log's rated answers (👍/👎 with their reasons).")
class FeedbackCommand {

    private final FeedbackExport export;

    @Spec
    @Nullable CommandSpec spec;

    FeedbackCommand(FeedbackExport export) {
        this.export = export;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Print every rated answer, oldest rating first, as CSV or JSON lines.")
    int export(@Option(names = "--format", paramLabel = "csv|jsonl", defaultValue = "csv",
                       description = "csv (default) or jsonl.") String format,
               @Option(names = "--since", paramLabel = "YYYY-MM-DD",
                       description = "Only ratings given on this day or later.") @Nullable String since) {
        CommandSpec command = Objects.requireNonNull(spec, "picocli injects the spec").subcommands().get("export")
                .getCommandSpec();
        ExportFormat chosen = ExportFormat.parse(format).orElseThrow(() -> new ParameterException(
                command.commandLine(), "--format must be one of " + ExportFormat.choices() + ", was '" + format + "'"));
        try {
            PrintWriter out = command.commandLine().getOut();
            export.write(export.rows(since), chosen, out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--" + e.getMessage());
        }
        return 0;
    }
}
