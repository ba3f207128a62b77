package newsdesk.ingest.cleaning;

import java.util.regex.Pattern;

/**
 * Removes markers that OCR tools put in front of a line (a quote marker "> ") and writes the dash
 * that opens a sub-headline or a list item (-, --, ---, —, ———) as one Chinese dash "——".
 */
public final class LineMarkers implements LineCleaner {

    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s*>\\s*");
    private static final Pattern LEADING_DASHES = Pattern.compile("^\\s*(?:-{1,3}|—{1,3})\\s*(?=\\S)");

    @Override
    public String clean(String line) {
        String unquoted = QUOTE_MARKER.matcher(line).replaceFirst("");
        return LEADING_DASHES.matcher(unquoted).replaceFirst("——");
    }
}
