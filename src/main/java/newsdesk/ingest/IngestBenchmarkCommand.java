package newsdesk.ingest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.ingest.ocr.OcrEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures ingest throughput: the pages are read once, then cleaned and segmented many times over,
 * so the figure is the parser's speed rather than the disk's. With {@code --ocr}, times OCR of scans instead.
 */
@Component
@Command(name = "benchmark-ingest", mixinStandardHelpOptions = true,
        description = "Print ingest throughput (characters/s, articles/s) over the pages repeated many times, "
                + "or with --ocr the OCR seconds per scanned page and peak memory.")
class IngestBenchmarkCommand implements Callable<Integer> {

    private final IngestService ingest;
    private final IngestProperties properties;
    private final PageReader reader;

    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--repeat", defaultValue = "200", description = "How many times the pages are parsed (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed rounds first, so the JIT has compiled the parser.")
    int warmup;

    @Option(names = "--ocr", arity = "1..*", paramLabel = "SCAN",
            description = "Scanned page files (PNG, JPEG, TIFF, PDF without text) or folders of them: time their OCR.")
    List<Path> scans = List.of();

    private final OcrEngine ocr;

    IngestBenchmarkCommand(IngestService ingest, IngestProperties properties, OcrEngine ocr) {
        this.ingest = ingest;
        this.properties = properties;
        this.reader = new PageReader(properties, ocr);
        this.ocr = ocr;
    }

    @Override
    public Integer call() throws Exception {
        if (!scans.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path scan : scans) {
                files.addAll(Files.isDirectory(scan) ? ingest.pageFilesIn(scan) : List.of(scan));
            }
            if (files.isEmpty()) {
                spec().commandLine().getErr().println("no page files in " + scans);
                return 2;
            }
            new OcrBenchmark(properties, ocr).run(files, out());
            return 0;
        }
        List<PageText> pages = new ArrayList<>();
        for (Path file : ingest.pageFilesIn(properties.pagesDir())) {
            pages.add(reader.read(file));
        }
        long pageChars = pages.stream().mapToLong(page -> page.text().length()).sum();
        for (int i = 0; i < warmup; i++) {
            parseAll(pages);
        }
        long articles = 0;
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            articles += parseAll(pages);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = out();
        out.printf("pages: %d x %d rounds = %d page parses, %,d characters, %,d articles%n",
                pages.size(), repeat, pages.size() * repeat, pageChars * repeat, articles);
        out.printf("time: %.2f s%n", seconds);
        out.printf("throughput: %,.0f characters/s, %,.0f articles/s, %,.0f pages/s%n",
                pageChars * repeat / seconds, articles / seconds, pages.size() * repeat / seconds);
        out.flush();
        return 0;
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec before call()");
        }
        return spec;
    }

    private PrintWriter out() {
        return spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
    }

    private long parseAll(List<PageText> pages) throws PageRejectedException {
        long articles = 0;
        for (PageText page : pages) {
            articles += ingest.articlesOf(page, PageMetadata.UNKNOWN).size();
        }
        return articles;
    }
}
