package newsdesk.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page layouts as lines at positions (10 pt type, 15 pt leading), read in the order a reader reads them. */
class ReadingOrderTest {

    private static final float SIZE = 10;
    private static final float COLUMN_WIDTH = 200;
    private static final float GUTTER = 20;

    private final ReadingOrder order = new ReadingOrder();

    @Test
    void columnsWithLinesAtTheSameHeightAreReadOneAfterTheOther() {
        List<TextLine> page = new ArrayList<>();
        page.addAll(column("左", 0, 100, 4));
        page.addAll(column("右", 1, 100, 4));

        assertThat(texts(page)).containsExactly("左1", "左2", "左3", "左4", "右1", "右2", "右3", "右4");
    }

    @Test
    void aHeadlineAcrossTheColumnsIsReadBeforeThem() {
        List<TextLine> page = new ArrayList<>();
        page.addAll(column("左", 0, 100, 3));
        page.addAll(column("右", 1, 100, 3));
        page.add(headline("通栏标题", 0, 2, 75));

        assertThat(texts(page)).containsExactly("通栏标题", "左1", "左2", "左3", "右1", "右2", "右3");
    }

    @Test
    void twoArticlesStackedUnderTheirOwnHeadlinesAreReadArticleByArticle() {
        List<TextLine> page = new ArrayList<>();
        page.add(headline("甲标题", 0, 2, 75));
        page.addAll(column("甲左", 0, 100, 3));
        page.addAll(column("甲右", 1, 100, 3));
        page.add(headline("乙标题", 0, 2, 210));
        page.addAll(column("乙左", 0, 235, 3));
        page.addAll(column("乙右", 1, 235, 3));

        assertThat(texts(page)).containsExactly("甲标题", "甲左1", "甲左2", "甲左3", "甲右1", "甲右2", "甲右3",
                "乙标题", "乙左1", "乙左2", "乙左3", "乙右1", "乙右2", "乙右3");
    }

    @Test
    void aThirdColumnBesideAHeadlineOverTwoIsReadAfterThem() {
        List<TextLine> page = new ArrayList<>();
        page.add(headline("两栏标题", 0, 2, 75));
        page.addAll(column("一", 0, 100, 2));
        page.addAll(column("二", 1, 100, 2));
        page.addAll(column("三", 2, 75, 4));

        assertThat(texts(page)).containsExactly("两栏标题", "一1", "一2", "二1", "二2", "三1", "三2", "三3", "三4");
    }

    @Test
    void aShortHeadlineCentredOverThreeColumnsIsReadBeforeAllThreeEvenBelowAnotherArticle() {
        List<TextLine> page = new ArrayList<>();
        page.addAll(column("甲一", 0, 100, 2));
        page.addAll(column("甲二", 1, 100, 2));
        page.addAll(column("甲三", 2, 100, 2));
        // Narrower than the middle column: the gutters either side of it run from top to bottom.
        float middle = COLUMN_WIDTH + GUTTER;
        page.add(new TextLine("乙标题", middle + 40, middle + 100, 170, 20));
        page.addAll(column("乙一", 0, 195, 2));
        page.addAll(column("乙二", 1, 195, 2));
        page.addAll(column("乙三", 2, 195, 2));

        assertThat(texts(page)).containsExactly("甲一1", "甲一2", "甲二1", "甲二2", "甲三1", "甲三2",
                "乙标题", "乙一1", "乙一2", "乙二1", "乙二2", "乙三1", "乙三2");
    }

    @Test
    void aWideGapAcrossTheColumnsEndsOneArticleBeforeTheNextOneWithoutAHeadlineStarts() {
        List<TextLine> page = new ArrayList<>();
        page.addAll(column("甲左", 0, 100, 2));
        page.addAll(column("甲右", 1, 100, 2));
        // Three lines' worth of white across both columns, their gutter running on below it.
        page.addAll(column("乙左", 0, 160, 2));
        page.addAll(column("乙右", 1, 160, 2));

        assertThat(texts(page)).containsExactly("甲左1", "甲左2", "甲右1", "甲右2", "乙左1", "乙左2", "乙右1", "乙右2");
    }

    @Test
    void aSubtitleFlushLeftUnderACentredHeadlineIsReadAfterItAndBeforeTheText() {
        List<TextLine> page = new ArrayList<>();
        page.addAll(column("甲左", 0, 50, 2));
        page.addAll(column("甲右", 1, 50, 2));
        page.add(new TextLine("乙标题", COLUMN_WIDTH - 20, COLUMN_WIDTH + 80, 150, 20));
        page.add(new TextLine("副题", 0, 4 * SIZE, 166, SIZE));
        page.addAll(column("乙左", 0, 185, 2));
        page.addAll(column("乙右", 1, 185, 2));

        assertThat(texts(page)).containsExactly("甲左1", "甲左2", "甲右1", "甲右2", "乙标题", "副题",
                "乙左1", "乙左2", "乙右1", "乙右2");
    }

    @Test
    void linesOfOneColumnKeepItsLeftEdgeSoAnIndentCanBeSeen() {
        List<TextLine> page = new ArrayList<>(column("左", 0, 100, 2));
        page.add(new TextLine("缩进", 2 * SIZE, 130, 130 + 15, SIZE));
        page.addAll(column("右", 1, 100, 3));

        assertThat(order.order(page)).filteredOn(placed -> placed.line().text().equals("缩进"))
                .singleElement().satisfies(placed -> assertThat(placed.columnLeft()).isZero());
    }

    private List<String> texts(List<TextLine> page) {
        return order.order(page).stream().map(placed -> placed.line().text()).toList();
    }

    private static List<TextLine> column(String name, int index, float firstBaseline, int lines) {
        float left = index * (COLUMN_WIDTH + GUTTER);
        List<TextLine> column = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            column.add(new TextLine(name + (i + 1), left, left + COLUMN_WIDTH, firstBaseline + i * 15, SIZE));
        }
        return column;
    }

    private static TextLine headline(String text, int firstColumn, int columns, float baseline) {
        float left = firstColumn * (COLUMN_WIDTH + GUTTER);
        return new TextLine(text, left, left + columns * COLUMN_WIDTH + (columns - 1) * GUTTER, baseline, 20);
    }
}
