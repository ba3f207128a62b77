package newsdesk.archive;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes a synthetic archive with planted facts and their questions, for the scale benchmarks of issue 13. */
@Component
@Command(name = "generate-archive", mixinStandardHelpOptions = true,
        description = "Write N years of synthetic page files (OUT/pages/YYYY-MM-DD_PP.txt) with planted facts and "
                + "look-alike decoys, and their questions (OUT/planted-questions.jsonl, for eval --questions). "
                + "The same seed writes byte-identical files.")
class GenerateArchiveCommand implements Callable<Integer> {

    private final ArchiveGenerator generator;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; must not hold pages.")
    @Nullable Path out;

    @Option(names = "--years", defaultValue = "0", description = "Years of pages (added to --months and --days).")
    int years;

    @Option(names = "--months", defaultValue = "0", description = "Months of pages.")
    int months;

    @Option(names = "--days", defaultValue = "0", description = "Days of pages.")
    int days;

    @Option(names = "--start", defaultValue = "2023-01-01", paramLabel = "YYYY-MM-DD",
            description = "First day of pages (default: ${DEFAULT-VALUE}).")
    LocalDate start = LocalDate.of(2023, 1, 1);

    @Option(names = "--pages-per-day", defaultValue = "8", description = "Pages a day (default: ${DEFAULT-VALUE}).")
    int pagesPerDay;

    @Option(names = "--facts", defaultValue = "200", description = "Planted facts, each with two decoys "
            + "(default: ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sentences", paramLabel = "SQUAD_JSON", description = "Also take body sentences from the "
            + "contexts of this SQuAD-format file (e.g. CMRC 2018 dev); without it only the bundled sample-page "
            + "sentences are used.")
    @Nullable Path squadFile;

    GenerateArchiveCommand(ArchiveGenerator generator) {
        this.generator = generator;
    }

    @Override
    public Integer call() throws IOException {
        LocalDate end = start.plusYears(years).plusMonths(months).plusDays(days);
        int length = (int) (end.toEpochDay() - start.toEpochDay());
        if (out == null) {
            throw new IllegalStateException("picocli requires --out before call()");
        }
        if (length < 1) {
            throw new ParameterException(spec().commandLine(), "give a length: --years, --months and/or --days");
        }
        ArchiveSpec archive;
        try {
            archive = new ArchiveSpec(start, length, pagesPerDay, facts, seed, out, squadFile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec().commandLine(), e.getMessage());
        }
        ArchiveGenerator.Written written = generator.generate(archive);
        PrintWriter printed = spec().commandLine().getOut();
        printed.printf("%s … %s: %,d page files, %,d articles, %,d chars, %d planted facts (seed %d) in %s%n",
                archive.start(), archive.end(), written.pages(), written.articles(), written.characters(),
                written.facts(), seed, archive.pagesDir());
        printed.printf("body sentences: %s%nquestions: %s%n", written.sentences(), written.questions());
        printed.flush();
        return 0;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before call()");
        }
        return spec;
    }
}
