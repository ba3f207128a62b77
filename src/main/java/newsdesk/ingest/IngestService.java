package newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import newsdesk.ingest.ArticleSegmenter.SegmentedPage;
import newsdesk.ingest.ocr.OcrEngine;
import org.springframework.stereotype.Service;

/**
 * The ingest feature's facade: page files in, articles out. A file that cannot be used is reported
 * with its reason and skipped; the other files are still ingested.
 */
@Service
public class IngestService {

    private final IngestProperties properties;
    private final PageReader reader;
    private final PageFinder finder;
    private final ArticleSegmenter segmenter = new ArticleSegmenter();
    private final ArticleAssembler assembler = new ArticleAssembler();

    IngestService(IngestProperties properties, OcrEngine ocr) {
        this.properties = properties;
        this.reader = new PageReader(properties, ocr);
        this.finder = new PageFinder(properties.pagesDir());
    }

    /** Ingests the configured pages folder. */
    public IngestReport ingestConfiguredPages() {
        return ingest(List.of(properties.pagesDir()));
    }

    /** Ingests page files and folders of page files (text, PDF and page images, in name order). */
    public IngestReport ingest(Collection<Path> filesOrFolders) {
        List<PageProblem> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<PageRead> pages = new ArrayList<>();
        ingestEach(filesOrFolders, file -> {
            articles.addAll(file.articles());
            pages.addAll(file.pages());
            problems.addAll(file.problems());
            return true;
        });
        return new IngestReport(articles, pages, problems);
    }

    /**
     * Ingests page files one at a time, handing each file's report to {@code next} before the next file
     * is read, so that a build of years of pages holds one page's articles at a time; the manifest is read
     * once. Problems with the manifest or with listing a folder come in a report of their own.
     *
     * @param next takes a file's report; false stops before the next file
     */
    public void ingestEach(Collection<Path> filesOrFolders, Predicate<IngestReport> next) {
        List<PageProblem> problems = new ArrayList<>();
        PageMetadataResolver metadata = metadata(problems);
        List<Path> files = finder.find(filesOrFolders, problems);
        if (!problems.isEmpty() && !next.test(new IngestReport(List.of(), List.of(), problems))) {
            return;
        }
        for (Path file : files) {
            if (!next.test(ingest(file, metadata))) {
                return;
            }
        }
    }

    private IngestReport ingest(Path file, PageMetadataResolver metadata) {
        try {
            PageText page = reader.read(file);
            SegmentedPage segmented = segmenter.segment(page.text());
            List<Article> pageArticles = articlesOf(page, metadata.resolve(file), segmented);
            return new IngestReport(pageArticles, List.of(new PageRead(file, pageArticles.size(), page.text().length(),
                    segmented.invisibleCharactersRemoved(), page.imagesRecognised(), page.imagesFromCache())), List.of());
        } catch (PageRejectedException e) {
            return new IngestReport(List.of(), List.of(), List.of(e.toProblem(file)));
        } catch (RuntimeException e) {
            // One malformed page must never stop the other pages; the admin sees which one and why.
            return new IngestReport(List.of(), List.of(), List.of(new PageProblem(file, "could not be parsed: " + e)));
        }
    }

    /** The date, page, edition and section the manifest or file name gives each page file. */
    public Map<Path, PageMetadata> metadataOf(List<Path> files) {
        PageMetadataResolver resolver = metadata(new ArrayList<>());
        Map<Path, PageMetadata> metadata = new LinkedHashMap<>();
        files.forEach(file -> metadata.put(file, resolver.resolve(file)));
        return metadata;
    }

    /**
     * The page files ({@code *.txt}, {@code *.pdf}, page images) of a folder, in name order; none when it is not a folder. A
     * symbolic link among them is listed, and refused with its reason when it is ingested.
     */
    public List<Path> pageFilesIn(Path folder) throws IOException {
        return finder.pageFilesIn(folder);
    }

    /** Parses one decoded page; a page without any recognisable article is rejected. */
    List<Article> articlesOf(PageText page, PageMetadata metadata) throws PageRejectedException {
        return articlesOf(page, metadata, segmenter.segment(page.text()));
    }

    private List<Article> articlesOf(PageText page, PageMetadata metadata, SegmentedPage segmented)
            throws PageRejectedException {
        List<ArticleDraft> drafts = segmented.drafts();
        if (drafts.isEmpty() || drafts.stream().allMatch(d -> d.kind == ArticleKind.BRIEF)) {
            throw PageRejectedException.noArticles();
        }
        return assembler.assemble(page.name(), metadata, drafts);
    }

    private PageMetadataResolver metadata(List<PageProblem> problems) {
        try {
            return PageMetadataResolver.fromManifest(properties.manifest());
        } catch (PageMetadataResolver.ManifestException e) {
            problems.add(new PageProblem(properties.manifest(),
                    "manifest not used, dates and pages come from file names only: " + e.getMessage()));
            return PageMetadataResolver.fileNamesOnly();
        }
    }
}
