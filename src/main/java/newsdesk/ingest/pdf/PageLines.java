package newsdesk.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.ingest.pdf.ReadingOrder.PlacedLine;

/**
 * Writes the ordered lines of a PDF page the way a text page is written, so that the one
 * segmenter reads both: a blank line where a column ends or a block of text ends, and an indent
 * where a paragraph or a headline starts. A headline is told by its type size, and its indent makes
 * the segmenter stop there when it walks up from a dateline to collect the headline, instead of
 * taking the unpunctuated last line of the article above along with it.
 */
final class PageLines {

    /** Headlines on the pages seen are 1.5 to 2 times body size; a bold lead at 1.1 is still body. */
    private static final float HEADLINE_SIZE = ReadingOrder.HEADLINE_SIZE;
    /** Line spacing leaves about half a character between lines; a whole one is a gap between blocks. */
    private static final float BLOCK_GAP = 0.8f;
    /** A paragraph indent is two characters; half of one is already more than justification moves a line. */
    private static final float INDENT = 0.5f;
    private static final String BLOCK_START = "  ";

    List<String> write(List<PlacedLine> lines) {
        float body = bodySize(lines);
        List<String> text = new ArrayList<>();
        PlacedLine previous = null;
        for (PlacedLine placed : lines) {
            TextLine line = placed.line();
            boolean headline = line.size() >= HEADLINE_SIZE * body;
            boolean previousHeadline = previous != null && previous.line().size() >= HEADLINE_SIZE * body;
            if (previous != null && (previous.column() != placed.column() || headline != previousHeadline
                    || line.top() - previous.line().baseline() > BLOCK_GAP * body)) {
                text.add("");
            }
            boolean startsBlock = headline ? !previousHeadline
                    : line.left() > placed.columnLeft() + INDENT * line.size();
            text.add(startsBlock ? BLOCK_START + line.text() : line.text());
            previous = placed;
        }
        return text;
    }

    /** The size most of the characters are set in. */
    private static float bodySize(List<PlacedLine> lines) {
        Map<Float, Integer> characters = new HashMap<>();
        for (PlacedLine placed : lines) {
            characters.merge(Math.round(placed.line().size() * 2) / 2f, placed.line().text().length(), Integer::sum);
        }
        return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
    }
}
