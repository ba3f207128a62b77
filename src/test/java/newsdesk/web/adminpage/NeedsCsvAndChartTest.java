package newsdesk.web.adminpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import newsdesk.feedback.DayTotals;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The two things the needs page draws itself: its CSV and its chart. */
class NeedsCsvAndChartTest {

    @Test
    void aRowPerNeedWithItsWordingsAndNoReaderTextASpreadsheetWouldRun() throws Exception {
        ReaderNeed need = new ReaderNeed(List.of("图书馆", "开放"), "TIME_OF_DAY", 3, 0, 3,
                List.of("=HYPERLINK(\"http://x\")", "川汇区图书馆几点开门"), List.of(),
                List.of(new ReaderNeed.ClosestArticle("001-04-ab", "免费“清凉空间”", "2023年7月（推断）")));

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(NeedsCsv.of(List.of(need)))).getRecords();

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("words")).isEqualTo("图书馆 开放");
            assertThat(row.get("asked")).isEqualTo("3");
            assertThat(row.get("not_stated")).isEqualTo("3");
            assertThat(row.get("wordings")).isEqualTo("'=HYPERLINK(\"http://x\") | 川汇区图书馆几点开门");
            assertThat(row.get("closest_article_ids")).isEqualTo("001-04-ab");
        });
    }

    @Test
    void theChartIsWellFormedSvgWithABarAndFiguresPerDay() throws Exception {
        List<DayTotals> days = List.of(new DayTotals(LocalDate.parse("2026-11-29"), 0, 0, 0),
                new DayTotals(LocalDate.parse("2026-11-30"), 4, 3, 1));

        String svg = DailyChart.svg(days);
        Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

        assertThat(parsed.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(parsed.getElementsByTagName("circle").getLength()).as("dots of the day with questions").isEqualTo(2);
        assertThat(svg).contains("2026-11-30：4 个问题，已回答 75%，点踩 25%");
    }
}
