package newsdesk.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boxes of a skewed scan come out upright: a column's lines start level, a row's lines share a top. */
class DeskewTest {

    private final Deskew deskew = new Deskew();

    @Test
    void linesOfAPageTurnedByOneDegreeStartAtOneLeftEdgeAgain() {
        double angle = Math.toRadians(1);
        List<Deskew.Quad> quads = new ArrayList<>();
        for (int row = 0; row < 20; row++) {
            quads.add(turned("左栏第" + row + "行", 40, 100 + row * 40, 600, 28, angle));
            quads.add(turned("右栏第" + row + "行", 700, 100 + row * 40, 600, 28, angle));
        }

        List<OcrBox> boxes = deskew.upright(quads);

        List<Float> lefts = boxes.stream().filter(box -> box.text().startsWith("左")).map(OcrBox::left).toList();
        assertThat(lefts.stream().mapToDouble(Float::doubleValue).max().orElseThrow()
                - lefts.stream().mapToDouble(Float::doubleValue).min().orElseThrow())
                .as("spread of the left column's line starts (was %.0f px skewed)", 20 * 40 * Math.sin(angle))
                .isLessThan(1.0);
        assertThat(boxes.get(1).top()).isCloseTo(boxes.get(0).top(), within(1f));
        assertThat(boxes.get(0).bottom() - boxes.get(0).top()).isCloseTo(28f, within(1f));
    }

    @Test
    void anUprightPageIsLeftAsItIs() {
        List<OcrBox> boxes = deskew.upright(List.of(turned("一行正文，没有歪斜。", 40, 100, 600, 28, 0)));

        assertThat(boxes).containsExactly(new OcrBox("一行正文，没有歪斜。", 40, 100, 640, 128));
    }

    /** The box of a line at {@code x, y} of the upright page, as a scan turned by {@code angle} shows it. */
    private static Deskew.Quad turned(String text, float x, float y, float width, float height, double angle) {
        float[][] corners = {{x, y}, {x + width, y}, {x + width, y + height}, {x, y + height}};
        float[] out = new float[8];
        for (int i = 0; i < 4; i++) {
            out[2 * i] = (float) (corners[i][0] * Math.cos(angle) - corners[i][1] * Math.sin(angle));
            out[2 * i + 1] = (float) (corners[i][0] * Math.sin(angle) + corners[i][1] * Math.cos(angle));
        }
        return new Deskew.Quad(text, out);
    }
}
