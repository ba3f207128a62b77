package newsdesk.ingest;

import java.util.regex.Pattern;
import newsdesk.ingest.cleaning.ContinuationNotes;

/** Tells the structural lines of a page (datelines, bylines, credits, notes) from running text. */
class LineClassifier {

    static final Pattern DATELINE = Pattern.compile("^(?:本报讯|又讯)\\s*（|^新华社[^，。\\d]{0,10}\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*电");
    static final Pattern FOLLOW_UP = Pattern.compile("^又讯\\s*（");
    private static final String NAMES = "(?:\\s+\\p{IsHan}{1,4})+";
    private static final Pattern BYLINE = Pattern.compile(
            "^□?\\s*\\p{IsHan}{0,6}记者" + NAMES + "(?:\\s+通讯员" + NAMES + ")?(?:\\s+文/图)?$");
    static final Pattern CREDIT = Pattern.compile(
            "(?:^|\\s)((?:\\p{IsHan}{0,6}记者|通讯员)" + NAMES + "(?:\\s+通讯员" + NAMES + ")?\\s+摄)$");
    private static final Pattern REPRINT_NOTE = Pattern.compile("^（\\s*原载于");

    private final ContinuationNotes continuationNotes = new ContinuationNotes();

    PageLine.Kind classify(String text) {
        if (text.isEmpty()) {
            return PageLine.Kind.BLANK;
        }
        if (DATELINE.matcher(text).find()) {
            return PageLine.Kind.DATELINE;
        }
        // A credit looks like a byline that ends in 摄, so it is recognised first.
        if (CREDIT.matcher(text).find()) {
            return PageLine.Kind.CREDIT;
        }
        if (BYLINE.matcher(text).matches()) {
            return PageLine.Kind.BYLINE;
        }
        if (continuationNotes.isNote(text)) {
            return PageLine.Kind.CONTINUATION;
        }
        if (REPRINT_NOTE.matcher(text).find()) {
            return PageLine.Kind.REPRINT_NOTE;
        }
        return PageLine.Kind.TEXT;
    }
}
