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

    public long invisibleCharactersRemoved() {
        return pages.stream().mapToLong(PageRead::invisibleCharactersRemoved).sum();
    }
}
