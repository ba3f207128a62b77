package newsdesk.ingest.cleaning;

import java.util.List;
import newsdesk.text.WidthFolding;

/** The line-level cleaning steps, applied in a fixed order, each to the result of the one before. */
public final class LineCleaning {

    /**
     * Invisible characters go first, and apart from the other steps, so that no later step and not
     * even the paragraph-start test sees them (a bidi override before an indent must not hide the
     * paragraph), and so that what they removed can be counted for the report.
     */
    private final ControlCharacters invisible = new ControlCharacters();

    /**
     * The order matters: full-width digits are folded before doubled captions are undoubled, so that
     * ２２ and 22 count alike; radicals become characters before any step looks for words in the
     * line; OCR punctuation is made full-width before editor marks, which are
     * recognised after 。 or ”.
     */
    private final List<LineCleaner> steps = List.of(
            new ReplacementCharacters(),
            new RadicalCharacters(),
            WidthFolding::toHalfWidth,
            new DoubledCaptionCharacters(),
            new OcrAsciiPunctuation(),
            new LineMarkers(),
            new EditorMarks());

    public CleanLine clean(String rawLine) {
        String visible = invisible.clean(rawLine);
        String text = visible;
        for (LineCleaner step : steps) {
            text = step.clean(text);
        }
        int removed = rawLine.codePointCount(0, rawLine.length()) - visible.codePointCount(0, visible.length());
        return new CleanLine(text.strip(), ReplacementCharacters.marksParagraphStart(visible), removed);
    }

    /**
     * A cleaned line, whether the raw line opened a new text block (indent or U+FFFD run), and how
     * many invisible control and format characters were removed from it.
     */
    public record CleanLine(String text, boolean startsBlock, int invisibleCharactersRemoved) {
    }
}
