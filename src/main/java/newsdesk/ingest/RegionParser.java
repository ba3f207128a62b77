package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.text.ChineseText;
import newsdesk.ingest.cleaning.ContinuationNotes;

/**
 * Takes apart the lines from one article's dateline or byline up to the next article's headline:
 * the body paragraphs (re-joined where a PDF column broke a sentence), cross-heads, a headline
 * printed after the body, photo captions with their credits, reprint and continuation notes.
 */
class RegionParser {

    private static final int MAX_HEADLINE_RUN_LINES = 3;
    private static final Pattern DATELINE_PREFIX = Pattern.compile("^(?:本报讯|又讯)\\s*（([^）]*)）\\s*");
    private static final Pattern WIRE_PREFIX =
            Pattern.compile("^新华社[^，。\\d]{0,10}\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*电\\s*");
    private static final Pattern REPRINT_SOURCE = Pattern.compile("原载于\\s*(.*?)\\s*）?$");

    private final HeadlineRules rules;
    private final TitleBlock titleBlock;
    private final Reporters reporters = new Reporters();
    private final ContinuationNotes continuationNotes = new ContinuationNotes();

    RegionParser(HeadlineRules rules) {
        this.rules = rules;
        this.titleBlock = new TitleBlock(rules);
    }

    /**
     * @param headline the headline groups printed above the region, empty when there are none
     * @return the region's article first (null when the region has no text of its own), then photos
     */
    List<ArticleDraft> parse(List<PageLine> lines, List<List<String>> headline, boolean anchored) {
        List<Run> runs = runs(lines);
        if (runs.isEmpty()) {
            return List.of();
        }
        boolean[] heading = new boolean[runs.size()];
        int trailingFrom = markTrailingHeadlines(runs, heading);
        markCrossHeads(runs, heading, trailingFrom);

        ArticleDraft article = new ArticleDraft(runs.getFirst().first().number(),
                anchored ? ArticleKind.NEWS : ArticleKind.BRIEF);
        titleBlock.fill(article, headline);
        List<ArticleDraft> photos = new ArrayList<>();
        List<Run> trailing = new ArrayList<>();
        boolean captionsFollowByline = false;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            switch (run.kind()) {
                case BYLINE -> {
                    article.reporters.addAll(reporters.names(run.text()));
                    captionsFollowByline = run.text().contains("文/图");
                }
                case CONTINUATION -> continuationNotes.pointsTo(run.text())
                        .filter(page -> continuationNotes.continuesLater(run.text()))
                        .ifPresent(page -> article.continuedOn = page);
                case REPRINT_NOTE -> {
                    article.kind = ArticleKind.REPRINT;
                    Matcher source = REPRINT_SOURCE.matcher(run.text());
                    article.reprintedFrom = source.find() ? source.group(1).replace(" ", "") : run.text();
                }
                case CREDIT -> photo(run, article).ifPresent(photos::add);
                default -> {
                    if (i >= trailingFrom) {
                        trailing.add(run);
                    } else if (heading[i] && captionsFollowByline && article.paragraphs.isEmpty()) {
                        article.captions.add(run.text());
                    } else if (heading[i]) {
                        article.paragraphs.add(new ArticleDraft.Paragraph(run.text(), true));
                    } else {
                        addBodyRun(article, run);
                    }
                }
            }
        }
        placeTrailingHeadline(article, trailing);
        stripDatelines(article);
        List<ArticleDraft> drafts = new ArrayList<>();
        if (!article.paragraphs.isEmpty()) {
            drafts.add(article);
        }
        drafts.addAll(photos);
        return drafts;
    }

    private static List<Run> runs(List<PageLine> lines) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        boolean blankBefore = false;
        for (PageLine line : lines) {
            if (line.blank()) {
                blankBefore = true;
                current = null;
                continue;
            }
            if (current == null || startsNewRun(current, line)) {
                current = new Run(blankBefore);
                runs.add(current);
            }
            current.lines().add(line);
            blankBefore = false;
        }
        return runs;
    }

    private static boolean startsNewRun(Run current, PageLine line) {
        if (current.last().kind() == PageLine.Kind.REPRINT_NOTE && line.kind() == PageLine.Kind.REPRINT_NOTE) {
            return false;
        }
        return line.startsBlock()
                || switch (line.kind()) {
                    case DATELINE, BYLINE, CONTINUATION, REPRINT_NOTE -> true;
                    default -> false;
                }
                || switch (current.last().kind()) {
                    case CREDIT, BYLINE, CONTINUATION -> true;
                    default -> false;
                };
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

    private boolean boundaryBefore(List<Run> runs, boolean[] heading, int i) {
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

    /** Re-joins a sentence that a blank line (a PDF column break) cut in two. */
    private void addBodyRun(ArticleDraft article, Run run) {
        String text = run.text();
        if (!article.paragraphs.isEmpty()) {
            ArticleDraft.Paragraph previous = article.paragraphs.getLast();
            boolean brokenSentence = !previous.heading() && !ChineseText.endsAtFullStop(previous.text());
            if (brokenSentence && !run.first().startsBlock() && run.kind() == PageLine.Kind.TEXT) {
                article.paragraphs.set(article.paragraphs.size() - 1,
                        new ArticleDraft.Paragraph(previous.text() + " " + text, false));
                return;
            }
        }
        article.paragraphs.add(new ArticleDraft.Paragraph(text, false));
    }

    /**
     * Moves the dateline (本报讯（记者 …）, 又讯（…）, 新华社…电) out of the paragraphs that open
     * with one. Done once the paragraphs are whole, as a column break can fall inside the brackets.
     */
    private void stripDatelines(ArticleDraft article) {
        for (int i = 0; i < article.paragraphs.size(); i++) {
            ArticleDraft.Paragraph paragraph = article.paragraphs.get(i);
            if (paragraph.heading()) {
                continue;
            }
            String text = paragraph.text().strip();
            Matcher dateline = DATELINE_PREFIX.matcher(text);
            Matcher wire = WIRE_PREFIX.matcher(text);
            if (dateline.find()) {
                reporters.names(dateline.group(1)).stream()
                        .filter(name -> !article.reporters.contains(name))
                        .forEach(article.reporters::add);
                text = text.substring(dateline.end());
            } else if (i == 0 && wire.find()) {
                text = text.substring(wire.end());
            }
            article.paragraphs.set(i, new ArticleDraft.Paragraph(text, false));
        }
        article.paragraphs.removeIf(paragraph -> paragraph.text().isBlank());
    }

    private void placeTrailingHeadline(ArticleDraft article, List<Run> trailing) {
        if (trailing.isEmpty()) {
            return;
        }
        if (article.hasTitle()) {
            trailing.forEach(run -> article.paragraphs.add(new ArticleDraft.Paragraph(run.text(), true)));
            return;
        }
        List<List<String>> groups = trailing.stream()
                .map(run -> run.lines().stream().map(PageLine::text).toList())
                .toList();
        titleBlock.fill(article, groups);
    }

    /** A caption with its credit; a credit on a line of its own credits the paragraph above it. */
    private java.util.Optional<ArticleDraft> photo(Run run, ArticleDraft article) {
        Matcher credit = LineClassifier.CREDIT.matcher(run.last().text());
        if (!credit.find()) {
            return java.util.Optional.empty();
        }
        String caption = (run.text().substring(0, run.text().length() - run.last().text().length())
                + run.last().text().substring(0, credit.start())).strip();
        int startLine = run.first().number();
        if (caption.isEmpty() && !article.paragraphs.isEmpty()) {
            caption = article.paragraphs.removeLast().text();
            startLine = Math.min(startLine, article.startLine);
        }
        if (caption.isEmpty()) {
            return java.util.Optional.empty();
        }
        ArticleDraft photo = new ArticleDraft(startLine, ArticleKind.PHOTO);
        photo.reporters.addAll(reporters.names(credit.group(1)));
        photo.paragraphs.add(new ArticleDraft.Paragraph(caption, false));
        return java.util.Optional.of(photo);
    }
}
