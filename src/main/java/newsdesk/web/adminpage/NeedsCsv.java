package newsdesk.web.adminpage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import newsdesk.text.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The needs table as CSV for a newsroom's spreadsheet: one row per need, lists joined by " | ". Readers' wordings
 * that a spreadsheet would take for a formula get a leading apostrophe ({@link SpreadsheetCells}), so opening the
 * file runs nothing a reader typed.
 */
final class NeedsCsv {

    private static final String[] COLUMNS = {"words", "kind", "asked", "none", "not_stated", "disliked", "wordings",
            "closest_article_ids", "closest_titles"};
    private static final String JOIN = " | ";

    private NeedsCsv() {
    }

    static String of(List<ReaderNeed> needs) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (ReaderNeed need : needs) {
                printer.printRecord(SpreadsheetCells.inert(String.join(" ", need.words())), need.kind(), need.asked(), need.none(),
                        need.notStated(), need.disliked().size(), SpreadsheetCells.inert(String.join(JOIN, need.wordings())),
                        String.join(JOIN, need.closest().stream().map(ReaderNeed.ClosestArticle::id).toList()),
                        SpreadsheetCells.inert(String.join(JOIN, need.closest().stream().map(ReaderNeed.ClosestArticle::title).toList())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }
}
