package newsdesk.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import newsdesk.ingest.Article;
import newsdesk.ingest.IngestReport;
import newsdesk.ingest.IngestService;
import newsdesk.ingest.PageProblem;
import newsdesk.search.BuildStoppedException;
import newsdesk.search.IndexBuild;
import newsdesk.search.IndexSummary;
import newsdesk.search.SearchService;

/**
 * One refresh: the new and changed page files (by content hash) are read one at a time and committed
 * in batches, removed ones deleted with the first batch. Each commit records every file the index then
 * holds, so a refresh that stops or dies is continued by the next one from its last batch, and memory
 * holds one batch's articles whatever the size of the archive.
 */
final class RefreshRun {

    /** Progress for health and the job: the file being read (a scan takes seconds), files parsed, and of those committed. */
    interface Progress {
        void toParse(int files);

        void parsing(String file);

        void parsed(int files, IngestReport file);

        void committed(int files);
    }

    private final IngestService ingest;
    private final Path pagesDir;
    private final SearchService search;
    private final int batchFiles;
    private final BooleanSupplier stop;
    private final Progress progress;

    RefreshRun(IngestService ingest, Path pagesDir, SearchService search, int batchFiles, BooleanSupplier stop,
               Progress progress) {
        this.ingest = ingest;
        this.pagesDir = pagesDir;
        this.search = search;
        this.batchFiles = batchFiles;
        this.stop = stop;
        this.progress = progress;
    }

    /**
     * @param current  the page files now, with their states
     * @param indexed  what the served commit recorded; empty for no index (or one an older build wrote)
     * @param everyFile re-index unchanged files too
     */
    RefreshReport run(PageFiles.Scan current, Map<String, PageState> indexed, boolean everyFile) {
        List<String> unchanged = new ArrayList<>();
        List<String> toIngest = new ArrayList<>();
        current.states().forEach((file, state) -> {
            PageState before = indexed.get(file);
            (before != null && before.sameContent(state) && !everyFile ? unchanged : toIngest).add(file);
        });
        List<String> removed = indexed.keySet().stream().filter(file -> !current.states().containsKey(file))
                .sorted().toList();
        // What the commits record: the index's files as they were, the unchanged ones with today's size
        // and time (so the next start need not hash them), and each batch's files once it is committed.
        Map<String, String> recorded = new LinkedHashMap<>();
        indexed.forEach((file, state) -> recorded.put(file, state.recorded()));
        removed.forEach(recorded::remove);
        unchanged.forEach(file -> recorded.put(file, current.states().get(file).recorded()));

        Batches batches = new Batches(indexed, current.states(), recorded);
        progress.toParse(toIngest.size());
        try (IndexBuild build = search.startBuild(indexed.isEmpty(), stop)) {
            Set<String> toDelete = new HashSet<>(removed);
            for (int from = 0; from < toIngest.size(); from += batchFiles) {
                List<String> batch = toIngest.subList(from, Math.min(toIngest.size(), from + batchFiles));
                Map<String, List<Article>> articles = batches.read(batch, from);
                if (stop.getAsBoolean()) {
                    throw new BatchNotCommitted();
                }
                Set<String> known = batches.knownArticles(articles.keySet());
                batches.written = batches.written.plus(build.commit(articles, toDelete, recorded));
                batches.committed(articles, known);
                toDelete = Set.of();
                batches.removedCommitted = true;
                progress.committed(from + batch.size());
            }
            boolean recordsChanged = !recorded.equals(batches.recordedBefore());
            if (toIngest.isEmpty() && (indexed.isEmpty() || !toDelete.isEmpty() || recordsChanged)) {
                batches.written = build.commit(Map.of(), toDelete, recorded);
                batches.removedCommitted = true;
            }
        } catch (BuildStoppedException | BatchNotCommitted e) {
            batches.stopped = true;
        }
        return new RefreshReport(batches.added, batches.replaced, batches.removedCommitted ? removed : List.of(), unchanged,
                batches.skipped, batches.written.articles(), batches.written, current.hashed(), batches.stopped,
                batches.imagesRecognised, batches.imagesFromCache, batches.newArticles);
    }

    /** The running tally of a refresh's batches. */
    private final class Batches {
        private final Map<String, PageState> indexed;
        private final Map<String, PageState> current;
        private final Map<String, String> recorded;
        private final Map<String, String> before;
        final List<String> added = new ArrayList<>();
        final List<String> replaced = new ArrayList<>();
        final List<PageProblem> skipped = new ArrayList<>();
        final List<String> newArticles = new ArrayList<>();
        IndexSummary written = IndexSummary.NONE;
        boolean stopped;
        boolean removedCommitted;
        int imagesRecognised;
        int imagesFromCache;
        private int parsed;

        Batches(Map<String, PageState> indexed, Map<String, PageState> current, Map<String, String> recorded) {
            this.indexed = indexed;
            this.current = current;
            this.recorded = recorded;
            this.before = new LinkedHashMap<>();
            indexed.forEach((file, state) -> before.put(file, state.recorded()));
        }

        Map<String, String> recordedBefore() {
            return before;
        }

        /** The batch's files read one at a time; a file that cannot be used keeps what was indexed of it. */
        Map<String, List<Article>> read(List<String> batch, int done) {
            Map<String, List<Article>> articles = new LinkedHashMap<>();
            parsed = done;
            progress.parsing(batch.getFirst());
            ingest.ingestEach(batch.stream().map(pagesDir::resolve).toList(), report -> {
                imagesRecognised += report.imagesRecognised();
                imagesFromCache += report.imagesFromCache();
                if (report.problems().isEmpty()) {
                    // One file's report: its articles all come from that file.
                    String file = report.pages().getFirst().name();
                    articles.put(file, report.articles());
                    recorded.put(file, current.get(file).recorded());
                    parsed++;
                    progress.parsed(parsed, report);
                    if (parsed - done < batch.size()) {
                        progress.parsing(batch.get(parsed - done));
                    }
                } else {
                    // A broken upload loses nothing: the old articles stay and their old record with them, so
                    // the next refresh tries the file again.
                    skipped.addAll(report.problems());
                }
                return !stop.getAsBoolean();
            });
            return articles;
        }

        /**
         * What the index holds now of those of these files it had before, each article by its id and by its
         * headline: news is what is among neither. An article's id changes with its text, so a page replaced to
         * correct a word in a report would otherwise make that report news again.
         */
        Set<String> knownArticles(Set<String> files) {
            Set<String> known = new HashSet<>();
            files.stream().filter(indexed::containsKey).forEach(file -> search.articlesOf(file).forEach(article -> {
                known.add(article.id());
                headline(article).ifPresent(known::add);
            }));
            return known;
        }

        void committed(Map<String, List<Article>> articles, Set<String> known) {
            articles.forEach((file, fileArticles) -> {
                (indexed.containsKey(file) ? replaced : added).add(file);
                fileArticles.stream().filter(article -> !known.contains(article.id())
                                && headline(article).filter(known::contains).isEmpty())
                        .map(Article::id).forEach(newArticles::add);
            });
        }

        /** A report's headline, apart from ids; a photo without one is known by its id alone. */
        private static Optional<String> headline(Article article) {
            return article.title().isBlank() ? Optional.empty() : Optional.of("headline:" + article.title().strip());
        }
    }

    /** The process is stopping between two files of a batch: the batch is dropped, not committed half-read. */
    private static final class BatchNotCommitted extends RuntimeException {
        BatchNotCommitted() {
            super(null, null, false, false);
        }
    }
}
