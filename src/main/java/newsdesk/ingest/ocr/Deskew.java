package newsdesk.ingest.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the text boxes of a skewed scan upright. A scan is rarely put on the glass quite straight,
 * and half a degree moves the lines of a column 15 pixels sideways over an A4 page at 200 DPI, which
 * is as much as the indent that tells a paragraph's start. Each line's box slants with the page, so
 * the median slant of the long boxes is the page's skew; every box is turned back by it.
 */
final class Deskew {

    /** Only a box this many times longer than high shows its slant well: a short one is mostly noise. */
    private static final float LONG_BOX = 4;

    /** A detected line: its text and the corners of its box, {@code x0, y0, x1, y1, …}, in any order. */
    record Quad(String text, float[] corners) {
    }

    List<OcrBox> upright(List<Quad> quads) {
        double angle = Math.atan(medianSlope(quads));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        List<OcrBox> boxes = new ArrayList<>(quads.size());
        for (Quad quad : quads) {
            int n = quad.corners().length / 2;
            float[] xs = new float[n];
            float[] ys = new float[n];
            for (int i = 0; i < n; i++) {
                float x = quad.corners()[2 * i];
                float y = quad.corners()[2 * i + 1];
                xs[i] = (float) (x * cos + y * sin);
                ys[i] = (float) (-x * sin + y * cos);
            }
            boxes.add(box(quad.text(), xs, ys));
        }
        return boxes;
    }

    /**
     * The box's left and right are its outermost corners; its top and bottom the middle of its two
     * upper and two lower corners, so that what slant is left does not make a line look taller.
     */
    private static OcrBox box(String text, float[] xs, float[] ys) {
        float[] sortedY = ys.clone();
        Arrays.sort(sortedY);
        int n = sortedY.length;
        float top = (sortedY[0] + sortedY[Math.min(1, n - 1)]) / 2;
        float bottom = (sortedY[n - 1] + sortedY[Math.max(n - 2, 0)]) / 2;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (float x : xs) {
            left = Math.min(left, x);
            right = Math.max(right, x);
        }
        return new OcrBox(text, left, top, right, bottom);
    }

    /** The slope of the page's lines (y down per x right), from the midpoints of each long box's ends. */
    private static double medianSlope(List<Quad> quads) {
        List<Double> slopes = new ArrayList<>();
        for (Quad quad : quads) {
            float[] c = quad.corners();
            int n = c.length / 2;
            Integer[] byX = new Integer[n];
            for (int i = 0; i < n; i++) {
                byX[i] = i;
            }
            Arrays.sort(byX, (a, b) -> Float.compare(c[2 * a], c[2 * b]));
            int half = n / 2;
            double leftX = 0, leftY = 0, rightX = 0, rightY = 0;
            for (int i = 0; i < half; i++) {
                leftX += c[2 * byX[i]];
                leftY += c[2 * byX[i] + 1];
                rightX += c[2 * byX[n - 1 - i]];
                rightY += c[2 * byX[n - 1 - i] + 1];
            }
            double dx = (rightX - leftX) / half;
            double minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                minY = Math.min(minY, c[2 * i + 1]);
                maxY = Math.max(maxY, c[2 * i + 1]);
            }
            double height = maxY - minY + 1;
            if (half > 0 && dx > LONG_BOX * height) {
                slopes.add((rightY - leftY) / half / dx);
            }
        }
        if (slopes.isEmpty()) {
            return 0;
        }
        slopes.sort(Double::compare);
        return slopes.get(slopes.size() / 2);
    }
}
