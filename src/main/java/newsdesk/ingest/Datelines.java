package newsdesk.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the dateline (本报讯（记者 …）, 又讯（…）, 新华社…电) out of the paragraphs that open with
 * one, keeping the reporters named in its brackets.
 */
final class Datelines {

    private static final Pattern DATELINE_PREFIX = Pattern.compile("^(?:本报讯|又讯)\\s*（([^）]*)）\\s*");
    private static final Pattern WIRE_PREFIX =
            Pattern.compile("^新华社[^，。\\d]{0,10}\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*电\\s*");

    private final Reporters reporters;

    Datelines(Reporters reporters) {
        this.reporters = reporters;
    }

    /** Done once the paragraphs are whole, as a column break can fall inside the brackets. */
    void strip(ArticleDraft article) {
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
}
