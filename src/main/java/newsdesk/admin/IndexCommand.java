package newsdesk.admin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Builds or refreshes the index from the pages folder and reports counts and failures. */
@Component
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or refresh the index from the pages folder: new and changed files are (re)indexed, "
                + "removed ones deleted, committing in batches (exit code 1 when a file was skipped or the build "
                + "was stopped; running it again goes on from the last batch).")
class IndexCommand implements Callable<Integer> {

    private final IndexMaintenance maintenance;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--full", description = "Rebuild everything, even files that did not change.")
    boolean full;

    IndexCommand(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public Integer call() {
        RefreshReport report = full ? maintenance.rebuildAll() : maintenance.refresh();
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        out.printf("page files: %d added, %d replaced, %d removed, %d unchanged, %d skipped (%d hashed)%n",
                report.added().size(), report.replaced().size(), report.removed().size(), report.unchanged().size(),
                report.skipped().size(), report.hashed());
        out.printf("written: %d articles, %d passages, %,d characters in %d ms (%,.0f characters/s, %s)%n",
                report.index().articles(), report.index().passages(), report.index().characters(),
                report.index().buildMillis(), report.index().charactersPerSecond(),
                report.index().embedded() ? "with vectors" : "without vectors");
        report.skipped().forEach(problem -> out.println("skipped " + problem));
        if (report.stopped()) {
            out.println("stopped: the committed batches are kept; run index again to go on from them");
        }
        out.flush();
        return report.complete() ? 0 : 1;
    }
}
