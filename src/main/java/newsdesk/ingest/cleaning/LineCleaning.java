package newsdesk.ingest.cleaning;

import java.util.List;
import newsdesk.text.WidthFolding;

/** The line-level cleaning steps, applied in a fixed order, each to the result of the one before. */
public final class LineCleaning {

    /**
     * The order matters: invisible characters go first so that no later step sees them; full-width
     * digits are folded before doubled captions are undoubled, so that ２２ and 22 count alike;
     * OCR punctuation is made full-width before editor marks, which are recognised after 。 or ”.
     */
    private final List<LineCleaner> steps = List.of(
            new ControlCharacters(),
            new ReplacementCharacters(),
            WidthFolding::toHalfWidth,
            new DoubledCaptionCharacters(),
            new OcrAsciiPunctuation(),
            new LineMarkers(),
            new EditorMarks());

    public CleanLine clean(String rawLine) {
        String text = rawLine;
        for (LineCleaner step : steps) {
            text = step.clean(text);
        }
        return new CleanLine(text.strip(), ReplacementCharacters.marksParagraphStart(rawLine));
    }

    /** A cleaned line, and whether the raw line opened a new text block (indent or U+FFFD run). */
    public record CleanLine(String text, boolean startsBlock) {
    }
}
