package newsdesk.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Removes the editor's mark printed after an article's last sentence (会议还研究了其他事项。 ①7):
 * a circled number with an optional digit, standing after sentence-final punctuation.
 */
public final class EditorMarks implements LineCleaner {

    private static final Pattern MARK = Pattern.compile("(?<=[。！？”）])\\s*[\\u2460-\\u2473]\\d{0,2}\\s*$");

    @Override
    public String clean(String line) {
        return MARK.matcher(line).replaceFirst("");
    }
}
