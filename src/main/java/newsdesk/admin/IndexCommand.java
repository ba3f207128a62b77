package newsdesk.admin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import newsdesk.search.VectorProgress;
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
                + "was stopped; running it again goes on from the last batch), then embed passages as "
                + "newsdesk.embedding.policy says.")
class IndexCommand implements Callable<Integer> {

    private final IndexMaintenance maintenance;
    private final BackgroundVectors vectors;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--full", description = "Rebuild everything, even files that did not change.")
    boolean full;

    IndexCommand(IndexMaintenance maintenance, BackgroundVectors vectors) {
        this.maintenance = maintenance;
        this.vectors = vectors;
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
            out.flush();
            return 1;
        }
        out.flush();
        // Every page is searchable by now; the vectors come after, and a stop keeps their committed batches.
        long start = System.nanoTime();
        VectorProgress embedded = vectors.fillNow();
        out.printf("vectors (%s): %d of %d passages in scope%s, in %d ms%n", embedded.policy().name().toLowerCase(
                        java.util.Locale.ROOT), embedded.embedded(), embedded.inScope(),
                embedded.done() ? "" : " (stopped: run index again to go on)", (System.nanoTime() - start) / 1_000_000);
        out.flush();
        return report.complete() && embedded.done() ? 0 : 1;
    }
}
