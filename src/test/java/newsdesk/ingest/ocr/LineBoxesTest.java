package newsdesk.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCR boxes measured as glyph runs are: cut back to their text's width, body lines one height. */
class LineBoxesTest {

    /** 28 pixels an em, as 10 pt type at 200 DPI; boxes of body lines are a little taller. */
    private static final float EM = 28;
    private static final float HEIGHT = 29;

    private final LineBoxes lineBoxes = new LineBoxes();

    @Test
    void aBoxStretchedIntoTheGutterByDustIsCutBackToItsText() {
        List<OcrBox> column = column(40, 10);
        OcrBox stretched = new OcrBox("二十个汉字一行的正文在这里结束了，", 40, 600, 40 + 17 * EM + 60, 600 + HEIGHT);
        column.add(stretched);

        OcrBox trimmed = lineBoxes.normalised(column).getLast();

        assertThat(trimmed.left()).isEqualTo(40);
        assertThat(trimmed.right()).isLessThan(40 + 17 * EM + 2);
    }

    @Test
    void aBoxThatStartsLeftOfItsColumnIsCutBackAtItsStart() {
        List<OcrBox> column = column(780, 10);
        column.add(new OcrBox("二十个汉字一行的正文在这里结束了，", 780 - 16, 600, 780 + 17 * EM, 600 + HEIGHT));

        OcrBox trimmed = lineBoxes.normalised(column).getLast();

        assertThat(trimmed.left()).as("where the column's lines start").isEqualTo(780);
        assertThat(trimmed.right()).isEqualTo(780 + 17 * EM);
    }

    @Test
    void bodyLinesGetOneHeightAndAHeadlineKeepsItsOwn() {
        List<OcrBox> boxes = column(40, 9);
        boxes.add(new OcrBox("一行稍高一点的正文，在这里", 40, 700, 40 + 13 * EM, 700 + 31));
        boxes.add(new OcrBox("大字标题", 200, 20, 200 + 4 * 51, 20 + 53));

        List<OcrBox> normalised = lineBoxes.normalised(boxes);

        OcrBox taller = normalised.get(9);
        assertThat(taller.bottom() - taller.top()).isEqualTo(HEIGHT);
        assertThat(taller.bottom()).isEqualTo(731);
        assertThat(normalised.getLast()).isEqualTo(boxes.getLast());
    }

    /** {@code lines} lines of a column starting at {@code left}, each exactly as wide as its text. */
    private static List<OcrBox> column(float left, int lines) {
        List<OcrBox> boxes = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String text = "一二三四五六七八九十一二三四五六七八九十";
            float top = 100 + i * 40;
            boxes.add(new OcrBox(text, left, top, left + text.length() * EM, top + HEIGHT));
        }
        return boxes;
    }
}
