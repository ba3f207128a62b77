package newsdesk.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsdesk.ingest.cleaning.LineCleaning;
import newsdesk.ingest.cleaning.OcrNoiseLines;

/**
 * Finds the articles on an interleaved page. Every report opens with a dateline (本报讯, 新华社…电)
 * or a byline (记者 …), so those are the anchors; the headline is the block of headline-like lines
 * just above an anchor, or, for a report printed without one above, the headline-like lines after
 * its body. Photo captions are told by their credit (… 摄).
 */
class ArticleSegmenter {

    private static final int MAX_TITLE_BLOCK_LINES = 6;

    private final LineCleaning cleaning = new LineCleaning();
    private final OcrNoiseLines noise = new OcrNoiseLines();
    private final LineClassifier classifier = new LineClassifier();
    private final HeadlineRules rules = new HeadlineRules();
    private final RegionParser regions = new RegionParser(rules);

    SegmentedPage segment(String pageText) {
        String[] raw = pageText.split("\\R", -1);
        List<PageLine> lines = new ArrayList<>(raw.length);
        int invisibleRemoved = 0;
        for (int i = 0; i < raw.length; i++) {
            LineCleaning.CleanLine clean = cleaning.clean(raw[i]);
            invisibleRemoved += clean.invisibleCharactersRemoved();
            lines.add(line(i + 1, clean, lines));
        }
        List<Integer> anchors = anchors(lines);
        List<Integer> titleStarts = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            int floor = k == 0 ? 0 : anchors.get(k - 1) + 1;
            titleStarts.add(titleStart(lines, anchors.get(k), floor));
        }
        List<ArticleDraft> drafts = new ArrayList<>();
        int preambleEnd = anchors.isEmpty() ? lines.size() : titleStarts.getFirst();
        drafts.addAll(regions.parse(lines.subList(0, preambleEnd), List.of(), false));
        for (int k = 0; k < anchors.size(); k++) {
            int anchor = anchors.get(k);
            int end = k + 1 < anchors.size() ? titleStarts.get(k + 1) : lines.size();
            List<List<String>> headline = groups(lines.subList(titleStarts.get(k), anchor));
            drafts.addAll(regions.parse(lines.subList(anchor, end), headline, true));
        }
        drafts.sort(Comparator.comparingInt(draft -> draft.startLine));
        return new SegmentedPage(drafts, invisibleRemoved);
    }

    private PageLine line(int number, LineCleaning.CleanLine clean, List<PageLine> linesAbove) {
        String text = noise.isNoise(clean.text()) ? "" : clean.text();
        return new PageLine(number, text, clean.startsBlock(), kind(text, linesAbove));
    }

    /** A reprint note may run over two lines: （原载于 2023 年 11 月 2 日 / 《人民日报》）. */
    private PageLine.Kind kind(String text, List<PageLine> linesAbove) {
        PageLine.Kind kind = classifier.classify(text);
        if (kind == PageLine.Kind.TEXT && !linesAbove.isEmpty()) {
            PageLine above = linesAbove.getLast();
            if (above.kind() == PageLine.Kind.REPRINT_NOTE && !above.text().endsWith("）")) {
                return PageLine.Kind.REPRINT_NOTE;
            }
        }
        return kind;
    }

    /** A page's drafts, and how many invisible characters its lines had, for the ingest report. */
    record SegmentedPage(List<ArticleDraft> drafts, int invisibleCharactersRemoved) {
    }

    private static List<Integer> anchors(List<PageLine> lines) {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean followUp = LineClassifier.FOLLOW_UP.matcher(line.text()).find();
            if ((line.kind() == PageLine.Kind.DATELINE && !followUp) || line.kind() == PageLine.Kind.BYLINE) {
                anchors.add(i);
            }
        }
        return anchors;
    }

    /**
     * Walks up from an anchor over headline-like lines. It stops at a line that opened a text block
     * (an indented line starts the headline: what is above it belongs to the article before).
     */
    private int titleStart(List<PageLine> lines, int anchor, int floor) {
        int start = anchor;
        int taken = 0;
        for (int i = anchor - 1; i >= floor && taken < MAX_TITLE_BLOCK_LINES; i--) {
            PageLine line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            if (line.kind() != PageLine.Kind.TEXT || !rules.looksLikeHeadline(line.text())) {
                break;
            }
            start = i;
            taken++;
            if (line.startsBlock()) {
                break;
            }
        }
        return start;
    }

    /** Headline lines grouped by the blank lines between them. */
    private static List<List<String>> groups(List<PageLine> block) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (PageLine line : block) {
            if (line.blank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.text());
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
