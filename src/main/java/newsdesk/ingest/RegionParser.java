package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private static final Pattern REPRINT_SOURCE = Pattern.compile("原载于\\s*(.*?)\\s*）?$");

    private final TitleBlock titleBlock;
    private final HeadingMarks headingMarks;
    private final Reporters reporters = new Reporters();
    private final Datelines datelines = new Datelines(reporters);
    private final ContinuationNotes continuationNotes = new ContinuationNotes();

    RegionParser(HeadlineRules rules) {
        this.titleBlock = new TitleBlock(rules);
        this.headingMarks = new HeadingMarks(rules);
    }

    /**
     * @param headline the headline groups printed above the region, empty when there are none
     * @return the region's article first (null when the region has no text of its own), then photos
     */
    List<ArticleDraft> parse(List<PageLine> lines, List<List<String>> headline, boolean anchored) {
        List<Run> runs = RegionRuns.of(lines);
        if (runs.isEmpty()) {
            return List.of();
        }
        HeadingMarks.Headings headings = headingMarks.of(runs);

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
                    if (headings.isTrailing(i)) {
                        trailing.add(run);
                    } else if (headings.isHeading(i) && captionsFollowByline && article.paragraphs.isEmpty()) {
                        article.captions.add(run.text());
                    } else if (headings.isHeading(i)) {
                        article.paragraphs.add(new ArticleDraft.Paragraph(run.text(), true));
                    } else {
                        addBodyRun(article, run);
                    }
                }
            }
        }
        placeTrailingHeadline(article, trailing);
        datelines.strip(article);
        List<ArticleDraft> drafts = new ArrayList<>();
        if (!article.paragraphs.isEmpty()) {
            drafts.add(article);
        }
        drafts.addAll(photos);
        return drafts;
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
    private Optional<ArticleDraft> photo(Run run, ArticleDraft article) {
        Matcher credit = LineClassifier.CREDIT.matcher(run.last().text());
        if (!credit.find()) {
            return Optional.empty();
        }
        String caption = (run.text().substring(0, run.text().length() - run.last().text().length())
                + run.last().text().substring(0, credit.start())).strip();
        int startLine = run.first().number();
        if (caption.isEmpty() && !article.paragraphs.isEmpty()) {
            caption = article.paragraphs.removeLast().text();
            startLine = Math.min(startLine, article.startLine);
        }
        if (caption.isEmpty()) {
            return Optional.empty();
        }
        ArticleDraft photo = new ArticleDraft(startLine, ArticleKind.PHOTO);
        photo.reporters.addAll(reporters.names(credit.group(1)));
        photo.paragraphs.add(new ArticleDraft.Paragraph(caption, false));
        return Optional.of(photo);
    }
}
