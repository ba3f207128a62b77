package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import newsdesk.ingest.Article;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.IngestService;
import newsdesk.ingest.PageMetadata;
import newsdesk.ingest.PageProblem;
import newsdesk.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with the page files. A refresh re-ingests only new and changed files (by
 * content hash, read only for files whose size or modification time moved), deletes removed ones,
 * leaves the others and their vectors alone, and commits in batches ({@link RefreshRun}); the previous
 * commit keeps answering meanwhile, without waiting on this class's lock (the searchers take none). Two
 * refreshes never run at once, and a refresh under way when the process is asked to stop stops within
 * seconds, keeping its committed batches.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    /** SIGTERM must end the process within 5 s (issue 13); a batch rolls back in well under that. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(4);

    private final IngestService ingest;
    private final IngestProperties pages;
    private final SearchService search;
    private final ApplicationEventPublisher events;
    private final ReentrantLock running = new ReentrantLock();
    /** Set once, when the process shuts down; refreshes started after it stop at once. */
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Files the last refresh skipped, with reasons; replaced as a whole by each refresh. */
    private volatile List<PageProblem> lastProblems = List.of();
    private volatile RefreshActivity activity = RefreshActivity.IDLE;

    IndexMaintenance(IngestService ingest, IngestProperties pages, SearchService search,
                     ApplicationEventPublisher events) {
        this.ingest = ingest;
        this.pages = pages;
        this.search = search;
        this.events = events;
    }

    /** Brings the index up to date with the pages folder now. */
    public RefreshReport refresh() {
        return refresh(done -> { });
    }

    /** Rebuilds the whole index from the pages folder, every file hashed, parsed and embedded again. */
    public RefreshReport rebuildAll() {
        return exclusive(() -> run(scan(Map.of()), indexed(), true, done -> { }));
    }

    /**
     * Brings the index up to date, telling {@code progress} how many changed files are parsed so far, on each
     * file parsed and each batch committed ({@link #activity()} has the whole count).
     */
    public RefreshReport refresh(IntConsumer progress) {
        return exclusive(() -> {
            Map<String, PageState> indexed = indexed();
            return run(scan(indexed), indexed, false, progress);
        });
    }

    /** Refreshes when the index is missing or differs from the page files; empty when it was fresh. */
    public Optional<RefreshReport> ensureFresh() {
        return ensureFresh(done -> { });
    }

    /** {@link #ensureFresh()} telling {@code progress} how many changed files are parsed so far. */
    public Optional<RefreshReport> ensureFresh(IntConsumer progress) {
        return exclusive(() -> {
            Map<String, PageState> indexed = indexed();
            PageFiles.Scan current = scan(indexed);
            boolean fresh = !indexed.isEmpty() && current.states().entrySet().stream()
                    .allMatch(entry -> entry.getValue().equals(indexed.get(entry.getKey())) || isKnownBroken(entry.getKey()))
                    && current.states().keySet().containsAll(indexed.keySet());
            return fresh ? Optional.<RefreshReport>empty() : Optional.of(run(current, indexed, false, progress));
        });
    }

    /** The refresh running now, if any, and how far it got. */
    public RefreshActivity activity() {
        return activity;
    }

    /**
     * On shutdown (SIGTERM, or the context closing): the running refresh rolls back its current batch and
     * returns, and this waits for it, so the index is closed only after its writer.
     */
    @EventListener(ContextClosedEvent.class)
    void stopRefreshes() throws InterruptedException {
        requestStop();
        if (running.tryLock(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            running.unlock();
        } else {
            log.warn("the running refresh did not stop within {}; closing anyway", STOP_WAIT);
        }
    }

    /** Asks builds to stop, this one's and the embedding's: both see the same flag, so they stop together. */
    void requestStop() {
        stopping.set(true);
    }

    boolean stopping() {
        return stopping.get();
    }

    private RefreshReport run(PageFiles.Scan current, Map<String, PageState> indexed, boolean everyFile,
                              IntConsumer progress) {
        RefreshRun.Progress shown = new RefreshRun.Progress() {
            @Override
            public void toParse(int files) {
                activity = activity.toParse(files);
            }

            @Override
            public void parsing(String file) {
                activity = activity.parsing(file);
            }

            @Override
            public void parsed(int files, IngestReport file) {
                activity = activity.parsed(files, file);
                progress.accept(files);
            }

            @Override
            public void committed(int files) {
                activity = activity.committed(files);
                progress.accept(activity.filesParsed());
            }
        };
        RefreshReport report = new RefreshRun(ingest, pages.pagesDir(), search, pages.commitEveryFiles(),
                stopping::get, shown).run(current, indexed, everyFile);
        lastProblems = report.skipped();
        log.info("index refreshed{}: {} added, {} replaced, {} removed, {} unchanged, {} skipped, {} hashed; "
                        + "{} articles written in {} ms; {} scan images read by OCR, {} from the OCR cache",
                report.stopped() ? " until stopped" : "", report.added().size(), report.replaced().size(),
                report.removed().size(), report.unchanged().size(), report.skipped().size(), report.hashed(),
                report.articlesWritten(), report.index().buildMillis(), report.imagesRecognised(),
                report.imagesFromCache());
        report.skipped().forEach(problem -> log.warn("skipped {}", problem));
        // A first build makes every article new, and none of them news.
        if (!indexed.isEmpty() && !report.newArticles().isEmpty()) {
            events.publishEvent(new ArticlesAdded(report.newArticles()));
        }
        return report;
    }

    /** Runs a refresh alone, with {@link #activity()} saying so (hashing the files included), idle again after it. */
    private <T> T exclusive(Supplier<T> refresh) {
        running.lock();
        try {
            activity = RefreshActivity.started(Instant.now());
            return refresh.get();
        } finally {
            activity = RefreshActivity.IDLE;
            running.unlock();
        }
    }

    private Map<String, PageState> indexed() {
        Map<String, PageState> states = new HashMap<>();
        search.indexedFiles().forEach((file, recorded) -> states.put(file, PageState.parse(recorded)));
        return states;
    }

    private PageFiles.Scan scan(Map<String, PageState> known) {
        return PageFiles.scan(pageFiles(), pages.manifest(), known);
    }

    private List<Path> pageFiles() {
        try {
            return ingest.pageFilesIn(pages.pagesDir());
        } catch (IOException e) {
            throw new UncheckedIOException("pages folder " + pages.pagesDir() + " cannot be listed", e);
        }
    }

    private boolean isKnownBroken(String file) {
        return lastProblems.stream().anyMatch(problem -> problem.name().equals(file));
    }

    /** Every page file in the pages folder with its state in the served index. */
    public List<PageStatus> pages() {
        Map<String, String> skipped = new HashMap<>();
        lastProblems.forEach(problem -> skipped.put(problem.name(), problem.reason()));
        List<PageStatus> statuses = new ArrayList<>();
        Map<Path, PageMetadata> metadataByFile = ingest.metadataOf(pageFiles());
        for (Map.Entry<Path, PageMetadata> entry : metadataByFile.entrySet()) {
            String name = entry.getKey().getFileName().toString();
            List<Article> articles = search.articlesOf(name);
            PageMetadata metadata = entry.getValue();
            PageStatus.State state = skipped.containsKey(name) ? PageStatus.State.SKIPPED
                    : !articles.isEmpty() ? PageStatus.State.INDEXED : PageStatus.State.PENDING;
            statuses.add(new PageStatus(name, metadata.date(), metadata.page(), articles.size(), state, skipped.get(name)));
        }
        return statuses;
    }
}
