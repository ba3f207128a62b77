package newsdesk.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import newsdesk.ingest.Article;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.IngestService;
import newsdesk.ingest.PageMetadata;
import newsdesk.ingest.PageProblem;
import newsdesk.search.IndexSummary;
import newsdesk.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the index in step with the page files. A refresh re-ingests only new and changed files (by
 * content hash), deletes removed ones, leaves the others and their vectors alone, and commits once;
 * until that commit the previous index keeps answering, without waiting on this class's lock (the
 * searchers take none). Two refreshes never run at once.
 */
@Service
public class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final IngestService ingest;
    private final IngestProperties pages;
    private final SearchService search;
    /** Files the last refresh skipped, with reasons; replaced as a whole by each refresh. */
    private volatile List<PageProblem> lastProblems = List.of();
    private volatile RefreshActivity activity = RefreshActivity.IDLE;

    IndexMaintenance(IngestService ingest, IngestProperties pages, SearchService search) {
        this.ingest = ingest;
        this.pages = pages;
        this.search = search;
    }

    /** Brings the index up to date with the pages folder now. */
    public RefreshReport refresh() {
        return refresh(done -> { });
    }

    /** Rebuilds the whole index from the pages folder, every file parsed and embedded again. */
    public synchronized RefreshReport rebuildAll() {
        Map<String, String> current = currentHashes();
        IngestReport ingested = ingest.ingest(List.of(pages.pagesDir()));
        Set<String> skipped = new HashSet<>();
        ingested.problems().forEach(problem -> skipped.add(problem.name()));
        Map<String, String> hashes = new LinkedHashMap<>(current);
        hashes.keySet().removeAll(skipped);
        IndexSummary summary = search.rebuild(ingested.articles(), hashes);
        lastProblems = ingested.problems();
        return new RefreshReport(List.copyOf(hashes.keySet()), List.of(), List.of(), List.of(), ingested.problems(),
                summary.articles(), summary, ingested.imagesRecognised(), ingested.imagesFromCache());
    }

    /** Brings the index up to date, telling {@code progress} how many changed files are parsed so far. */
    public synchronized RefreshReport refresh(IntConsumer progress) {
        return shownAsRefreshing(() -> refresh(currentHashes(), search.indexedFiles(), progress));
    }

    /** The refresh running now, if any, and how far it got. */
    public RefreshActivity activity() {
        return activity;
    }

    private RefreshReport refresh(Map<String, String> current, Map<String, String> indexed, IntConsumer progress) {
        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Path> toIngest = new ArrayList<>();
        current.forEach((file, hash) -> {
            if (hash.equals(indexed.get(file))) {
                unchanged.add(file);
            } else {
                (indexed.containsKey(file) ? replaced : added).add(file);
                toIngest.add(pages.pagesDir().resolve(file));
            }
        });
        List<String> removed = indexed.keySet().stream().filter(file -> !current.containsKey(file)).sorted().toList();

        Map<String, List<Article>> articlesBySource = new LinkedHashMap<>();
        List<PageProblem> skipped = new ArrayList<>();
        activity = activity.toParse(toIngest.size());
        for (int i = 0; i < toIngest.size(); i++) {
            String file = toIngest.get(i).getFileName().toString();
            activity = activity.parsing(file);
            IngestReport report = ingest.ingest(List.of(toIngest.get(i)));
            if (report.problems().isEmpty()) {
                articlesBySource.put(file, report.articles());
            } else {
                skipped.addAll(report.problems());
            }
            activity = activity.parsed(i + 1, report);
            progress.accept(i + 1);
        }
        Map<String, String> hashesAfter = new HashMap<>(current);
        Set<String> skippedFiles = new HashSet<>();
        skipped.forEach(problem -> skippedFiles.add(problem.name()));
        // A file that cannot be used keeps what was indexed of it before (or stays out), so a broken
        // upload loses nothing; its old hash is kept so the next refresh tries it again.
        for (String file : skippedFiles) {
            if (indexed.containsKey(file)) {
                hashesAfter.put(file, indexed.get(file));
            } else {
                hashesAfter.remove(file);
            }
        }
        added.removeAll(skippedFiles);
        replaced.removeAll(skippedFiles);

        IndexSummary summary = indexed.isEmpty() && removed.isEmpty()
                ? search.rebuild(articlesBySource.values().stream().flatMap(List::stream).toList(), hashesAfter)
                : search.update(articlesBySource, Set.copyOf(removed), hashesAfter);
        lastProblems = List.copyOf(skipped);
        RefreshReport report = new RefreshReport(added, replaced, removed, unchanged, skipped,
                summary.articles(), summary, activity.imagesRecognised(), activity.imagesFromCache());
        log.info("index refreshed: {} added, {} replaced, {} removed, {} unchanged, {} skipped; {} articles written in {} ms;"
                + " {} scan images read by OCR, {} from the OCR cache", added.size(), replaced.size(), removed.size(),
                unchanged.size(), skipped.size(), summary.articles(), summary.buildMillis(), report.imagesRecognised(),
                report.imagesFromCache());
        skipped.forEach(problem -> log.warn("skipped {}", problem));
        return report;
    }

    /** Refreshes when the index is missing or differs from the page files; empty when it was fresh. */
    public Optional<RefreshReport> ensureFresh() {
        return ensureFresh(done -> { });
    }

    /** {@link #ensureFresh()} telling {@code progress} how many changed files are parsed so far. */
    public synchronized Optional<RefreshReport> ensureFresh(IntConsumer progress) {
        return shownAsRefreshing(() -> {
            Map<String, String> current = currentHashes();
            Map<String, String> indexed = search.indexedFiles();
            boolean fresh = !indexed.isEmpty() && current.entrySet().stream()
                    .allMatch(entry -> entry.getValue().equals(indexed.get(entry.getKey())) || isKnownBroken(entry.getKey()))
                    && current.keySet().containsAll(indexed.keySet());
            return fresh ? Optional.<RefreshReport>empty() : Optional.of(refresh(current, indexed, progress));
        });
    }

    /** Runs a refresh with {@link #activity()} saying so (hashing the files included), idle again after it. */
    private <T> T shownAsRefreshing(Supplier<T> refresh) {
        activity = RefreshActivity.started(Instant.now());
        try {
            return refresh.get();
        } finally {
            activity = RefreshActivity.IDLE;
        }
    }

    private Map<String, String> currentHashes() {
        return PageFiles.hashes(pageFiles(), pages.manifest());
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
