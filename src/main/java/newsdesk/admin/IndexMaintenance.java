package newsdesk.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import newsdesk.ingest.Article;
import newsdesk.ingest.PageMetadata;
import newsdesk.ingest.PageProblem;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.IngestService;
import newsdesk.search.IndexSummary;
import newsdesk.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds the index from the page files and rebuilds it when they change. A refresh commits once;
 * until then the previous index keeps answering, and two refreshes never run at once.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final IngestService ingest;
    private final IngestProperties pages;
    private final SearchService search;
    /** Files the last refresh skipped, with reasons; replaced as a whole by each refresh. */
    private volatile List<PageProblem> lastProblems = List.of();

    IndexMaintenance(IngestService ingest, IngestProperties pages, SearchService search) {
        this.ingest = ingest;
        this.pages = pages;
        this.search = search;
    }

    /** Rebuilds from the page files now. */
    public synchronized RefreshReport refresh() {
        String fingerprint = PageFingerprint.of(pages.pagesDir(), pages.manifest());
        IngestReport ingested = ingest.ingestConfiguredPages();
        IndexSummary summary = search.rebuild(ingested.articles(), fingerprint);
        log.info("index refreshed: {} page files, {} articles, {} passages, {} skipped, {} ms",
                ingested.pagesRead(), summary.articles(), summary.passages(), ingested.problems().size(),
                summary.buildMillis());
        ingested.problems().forEach(problem -> log.warn("skipped {}", problem));
        lastProblems = ingested.problems();
        return new RefreshReport(ingested, summary);
    }

    /** Every page file in the pages folder with its state in the served index. */
    public List<PageStatus> pages() {
        Map<String, String> skipped = new HashMap<>();
        lastProblems.forEach(problem -> skipped.put(problem.name(), problem.reason()));
        List<PageStatus> statuses = new ArrayList<>();
        for (Path file : pageFiles()) {
            String name = file.getFileName().toString();
            List<Article> articles = search.articlesOf(name);
            PageMetadata metadata = ingest.metadataOf(file);
            PageStatus.State state = !articles.isEmpty() ? PageStatus.State.INDEXED
                    : skipped.containsKey(name) ? PageStatus.State.SKIPPED : PageStatus.State.PENDING;
            statuses.add(new PageStatus(name, metadata.date(), metadata.page(), articles.size(), state, skipped.get(name)));
        }
        return statuses;
    }

    private List<Path> pageFiles() {
        try (Stream<Path> listing = Files.list(pages.pagesDir())) {
            return listing.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Builds the index when it is missing or older than the page files; empty when it was fresh. */
    public synchronized Optional<RefreshReport> ensureFresh() {
        String current = PageFingerprint.of(pages.pagesDir(), pages.manifest());
        if (search.indexedFingerprint().filter(current::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(refresh());
    }
}
