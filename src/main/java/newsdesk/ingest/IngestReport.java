package newsdesk.ingest;

import java.util.List;

/**
 * What one ingest run produced: the articles, the page files it skipped with their reasons, and
 * counts for the summary line.
 */
public record IngestReport(List<Article> articles, List<PageProblem> problems, int pagesRead, long charactersRead) {

    public IngestReport {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }
}
