package newsdesk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glyphs of 10 pt type become lines the way a reader sees them on the page. */
class LineBuilderTest {

    private static final float SIZE = 10;

    private final LineBuilder builder = new LineBuilder();

    @Test
    void aGutterAsWideAsACharacterSplitsTwoColumnsOnOneBaseline() {
        List<Glyph> glyphs = new ArrayList<>(run("左栏文字", 0, 100));
        glyphs.addAll(run("右栏文字", 40 + 15, 100));

        assertThat(builder.lines(glyphs)).extracting(TextLine::text).containsExactly("左栏文字", "右栏文字");
    }

    @Test
    void aNarrowGapIsASpaceInsideTheLine() {
        List<Glyph> glyphs = new ArrayList<>(run("记者", 0, 100));
        glyphs.addAll(run("沈湛", 20 + 4, 100));

        assertThat(builder.lines(glyphs)).extracting(TextLine::text).containsExactly("记者 沈湛");
    }

    @Test
    void fakeBoldPrintedTwiceSlightlyOffsetReadsOnce() {
        List<Glyph> glyphs = new ArrayList<>(run("民兵", 0, 100));
        glyphs.addAll(run("民兵", 0.5f, 100.2f));

        assertThat(builder.lines(glyphs)).extracting(TextLine::text).containsExactly("民兵");
    }

    @Test
    void linesAreReadTopDownWhateverOrderTheyWerePrintedIn() {
        List<Glyph> glyphs = new ArrayList<>(run("第二行", 0, 115));
        glyphs.addAll(run("第一行", 0, 100));

        assertThat(builder.lines(glyphs)).extracting(TextLine::text).containsExactly("第一行", "第二行");
    }

    private static List<Glyph> run(String text, float x, float baseline) {
        List<Glyph> glyphs = new ArrayList<>();
        int[] characters = text.codePoints().toArray();
        for (int i = 0; i < characters.length; i++) {
            glyphs.add(new Glyph(Character.toString(characters[i]), x + i * SIZE, baseline, SIZE, SIZE));
        }
        return glyphs;
    }
}
