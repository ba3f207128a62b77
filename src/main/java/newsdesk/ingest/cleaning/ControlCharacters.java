package newsdesk.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Removes control and invisible format characters (NUL, form feeds, zero-width spaces, byte order
 * marks) that PDF extraction leaves behind; a tab becomes a space so words stay apart.
 */
public final class ControlCharacters implements LineCleaner {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\u200B-\\u200D\\u2060\\uFEFF&&[^\\t]]");

    @Override
    public String clean(String line) {
        return INVISIBLE.matcher(line.replace('\t', ' ')).replaceAll("");
    }
}
