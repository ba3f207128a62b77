package newsdesk.ingest;

import java.util.List;
import newsdesk.text.ChineseText;

/**
 * Finds which runs of a region are headings rather than body text: a headline printed after the
 * body, and cross-heads between paragraphs.
 */
final class HeadingMarks {

    private static final int MAX_HEADLINE_RUN_LINES = 3;

    private final HeadlineRules rules;

    HeadingMarks(HeadlineRules rules) {
        this.rules = rules;
    }

    /**
     * @param heading      per run, whether it is a heading
     * @param trailingFrom the first run of the headline printed after the body; the run count when there is none
     */
    record Headings(boolean[] heading, int trailingFrom) {

        boolean isHeading(int run) {
            return heading[run];
        }

        boolean isTrailing(int run) {
            return run >= trailingFrom;
        }
    }

    Headings of(List<Run> runs) {
        boolean[] heading = new boolean[runs.size()];
        int trailingFrom = markTrailingHeadlines(runs, heading);
        markCrossHeads(runs, heading, trailingFrom);
        return new Headings(heading, trailingFrom);
    }

    /** Marks the headline printed after the body (习近平向第五届中美友城大会致信); returns where it starts. */
    private int markTrailingHeadlines(List<Run> runs, boolean[] heading) {
        int from = runs.size();
        while (from > 0 && isHeadlineRun(runs.get(from - 1))) {
            from--;
        }
        if (from == runs.size() || (from > 0 && !endsContent(runs.get(from - 1)))) {
            return runs.size();
        }
        for (int i = from; i < runs.size(); i++) {
            heading[i] = true;
        }
        return from;
    }

    /**
     * A cross-head is a one-line run after a finished sentence that is either two phrases
     * (穿针巧引线 破解“受理难”) or the first of two such one-line runs (党建引领谋发展 / 确保中心工作落地见效).
     * A lone short line without those marks is a paragraph start cut off by a column break.
     */
    private void markCrossHeads(List<Run> runs, boolean[] heading, int trailingFrom) {
        for (int i = 0; i < trailingFrom; i++) {
            Run run = runs.get(i);
            if (heading[i] || !isOneLineHeadline(run) || !boundaryBefore(runs, heading, i)) {
                continue;
            }
            String text = run.text();
            if (rules.hasPhraseBreak(text) || rules.isSubHeadline(text)) {
                heading[i] = true;
            } else if (i + 1 < trailingFrom && runs.get(i + 1).blankBefore() && isOneLineHeadline(runs.get(i + 1))) {
                heading[i] = true;
                heading[i + 1] = true;
            }
        }
    }

    private static boolean boundaryBefore(List<Run> runs, boolean[] heading, int i) {
        return i == 0 || heading[i - 1] || endsContent(runs.get(i - 1));
    }

    private static boolean endsContent(Run run) {
        return switch (run.kind()) {
            case TEXT, DATELINE -> ChineseText.endsAtFullStop(run.last().text());
            default -> true;
        };
    }

    private boolean isHeadlineRun(Run run) {
        return run.kind() == PageLine.Kind.TEXT && run.size() <= MAX_HEADLINE_RUN_LINES
                && run.lines().stream().allMatch(line -> rules.looksLikeHeadline(line.text()));
    }

    private boolean isOneLineHeadline(Run run) {
        return run.size() == 1 && isHeadlineRun(run);
    }
}
