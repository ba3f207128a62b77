package newsdesk.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsdesk.text.ChineseText;

/**
 * Makes OCR's line boxes measure what a PDF's glyph runs measure, for the layout that reads both.
 * A detector's box takes in what touches a line's ends (a closing mark hanging into the gutter,
 * dust on the scan), and such a box closes the gutter between two columns or moves a column's left
 * edge, so that every other line looks indented. A line's text says how wide it is (a Chinese
 * character or mark one em, a Latin letter or digit about half), so a box is cut back to that width:
 * at its start when that lies left of the lines starting near it, else at its end. And body lines
 * are one type size, which the boxes vary by a few pixels: a box within a sixth of the page's median
 * height is given that height, so that the layout finds one body size to measure gaps and headlines by.
 */
final class LineBoxes {

    /** Lines this short say little about the page's em: a mark or a digit changes it too much. */
    private static final double MIN_EMS = 4;
    /** The spread of box heights over lines of one type size, as a share of the size. */
    private static final float SAME_SIZE = 1 / 6f;
    /** A start this far left of its neighbours' (in ems) is not where the type starts. */
    private static final double STRAY_START = 0.25;

    List<OcrBox> normalised(List<OcrBox> boxes) {
        double[] ratios = boxes.stream().filter(box -> ems(box.text()) >= MIN_EMS && height(box) > 0)
                .mapToDouble(box -> (box.right() - box.left()) / (ems(box.text()) * height(box)))
                .sorted().toArray();
        if (ratios.length == 0) {
            return boxes;
        }
        // The median line: its width per em of box height is what the type gives.
        double emPerHeight = ratios[ratios.length / 2];
        float body = (float) median(boxes.stream().mapToDouble(LineBoxes::height).toArray());
        List<OcrBox> out = new ArrayList<>(boxes.size());
        for (OcrBox box : boxes) {
            out.add(sized(trimmed(box, boxes, emPerHeight), body));
        }
        return out;
    }

    private static OcrBox trimmed(OcrBox box, List<OcrBox> boxes, double emPerHeight) {
        double em = height(box) * emPerHeight;
        double excess = (box.right() - box.left()) - ems(box.text()) * em;
        if (excess <= 0) {
            return box;
        }
        double[] startsNear = boxes.stream().filter(other -> other != box && Math.abs(other.left() - box.left()) < em)
                .mapToDouble(OcrBox::left).toArray();
        float left = box.left();
        if (startsNear.length > 0 && median(startsNear) - box.left() > STRAY_START * em) {
            left = (float) Math.min(median(startsNear), box.left() + excess);
            excess -= left - box.left();
        }
        return new OcrBox(box.text(), left, box.top(), (float) (box.right() - excess), box.bottom());
    }

    private static OcrBox sized(OcrBox box, float body) {
        return Math.abs(height(box) - body) > SAME_SIZE * body ? box
                : new OcrBox(box.text(), box.left(), box.bottom() - body, box.right(), box.bottom());
    }

    private static float height(OcrBox box) {
        return box.bottom() - box.top();
    }

    static double ems(String text) {
        return text.codePoints().mapToDouble(c -> ChineseText.isChinese(c) ? 1 : 0.5).sum();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
