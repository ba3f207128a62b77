package newsdesk.ingest;

import java.util.List;

/**
 * What one ingest run produced: the articles, what each page file that was read gave, and the page
 * files it skipped with their reasons.
 */
public record IngestReport(List<Article> articles, List<PageRead> pages, List<PageProblem> problems) {

    public IngestReport {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    public int pagesRead() {
        return pages.size();
    }

    public long charactersRead() {
        return pages.stream().mapToLong(PageRead::characters).sum();
    }

    /** Images of scans OCR read in this run; those whose text came from the OCR cache are not counted. */
    public int imagesRecognised() {
        return pages.stream().mapToInt(PageRead::imagesRecognised).sum();
    }

    public int imagesFromCache() {
        return pages.stream().mapToInt(PageRead::imagesFromCache).sum();
    }

    public long invisibleCharactersRemoved() {
        return pages.stream().mapToLong(PageRead::invisibleCharactersRemoved).sum();
    }
}
