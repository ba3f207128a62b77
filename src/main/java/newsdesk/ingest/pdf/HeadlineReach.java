package newsdesk.ingest.pdf;

import static newsdesk.ingest.pdf.ReadingOrder.HEADLINE_SIZE;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How far down and across a headline reaches, for {@link ReadingOrder}: which columns it heads, and
 * when a cut would leave it apart from the text it heads. {@code body} is the page's body size.
 */
final class HeadlineReach {

    /** Text starting within this many body sizes under a headline is text it heads. */
    private static final float HEADS_WITHIN = 3;

    private HeadlineReach() {
    }

    /**
     * A headline set narrower than the columns it heads leaves a gutter free beside it, so a gutter
     * can run from top to bottom of a page of several articles. A headline heads the columns beside
     * it too where they have no text level with it and their text starts right under it; reading
     * those columns first would put the headline after the text it heads.
     */
    static boolean headsOtherColumns(List<List<TextLine>> columns, float body) {
        for (List<TextLine> part : columns) {
            for (TextLine headline : part) {
                if (headline.size() >= HEADLINE_SIZE * body && headsAnother(headline, part, columns, body)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code headline} heads another column as well: one with no text level with it, whose
     * text under it starts right under it (a subtitle set flush left) or on the row where the
     * headline's own text starts (columns of one article start level under its headline).
     */
    private static boolean headsAnother(TextLine headline, List<TextLine> part, List<List<TextLine>> columns, float body) {
        OptionalDouble ownText = part.stream()
                .filter(line -> line.top() >= headline.baseline() && line.size() < HEADLINE_SIZE * body)
                .mapToDouble(TextLine::top).min();
        for (List<TextLine> other : columns) {
            if (other == part || other.stream().anyMatch(line -> line.top() < headline.baseline() && headline.top() < line.baseline())) {
                continue;
            }
            OptionalDouble otherText = other.stream().filter(line -> line.top() >= headline.baseline())
                    .mapToDouble(TextLine::top).min();
            if (otherText.isPresent() && (otherText.getAsDouble() - headline.baseline() < HEADS_WITHIN * body
                    || ownText.isPresent() && Math.abs(otherText.getAsDouble() - ownText.getAsDouble()) < body)) {
                return true;
            }
        }
        return false;
    }

    /** A headline at the foot of {@code part}, with text above it and at most its subtitle or byline under it. */
    static boolean endsUnderAHeadline(List<TextLine> part, float body) {
        double lowest = part.stream().mapToDouble(TextLine::top).max().orElse(0);
        // Only with text above it: a part of nothing but a headline (and its subtitle) reads right.
        return part.stream().anyMatch(line -> line.size() >= HEADLINE_SIZE * body
                && lowest - line.baseline() < HEADS_WITHIN * body
                && part.stream().anyMatch(above -> above.size() < HEADLINE_SIZE * body && above.baseline() <= line.top()));
    }
}
