package newsdesk.ingest.cleaning;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the notes that send a reader to another page, (下转第二版) or (上接第一版). Such a
 * note is no part of the article's text; it ends the part of the article that stands on this page.
 */
public final class ContinuationNotes {

    private static final Pattern NOTE = Pattern.compile(
            "^\\s*[（(]\\s*([下上])\\s*(?:转|接)\\s*(第\\s*[一二三四五六七八九十\\d]+\\s*版)\\s*[）)]\\s*$");

    /** The page the note points to ("第二版"), when the whole line is a continuation note. */
    public Optional<String> pointsTo(String line) {
        Matcher matcher = NOTE.matcher(line);
        return matcher.matches() ? Optional.of(matcher.group(2).replace(" ", "")) : Optional.empty();
    }

    public boolean isNote(String line) {
        return NOTE.matcher(line).matches();
    }

    /** True for "下转" (continued on a later page), false for "上接" (continued from an earlier one). */
    public boolean continuesLater(String line) {
        Matcher matcher = NOTE.matcher(line);
        return matcher.matches() && "下".equals(matcher.group(1));
    }
}
