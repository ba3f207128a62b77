package newsdesk.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import newsdesk.text.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rated answers as the command line and the admin API both give them: one set of columns, one
 * reading of {@code since}, so the two exports of one day are the same file.
 */
public class FeedbackExport {

    private static final String[] COLUMNS = {"question_id", "asked_at", "channel", "question", "understood_as",
            "outcome", "article_ids", "latency_ms", "rating", "reason", "rated_at", "corrected_article_id"};

    private final FeedbackStore store;
    private final JsonMapper json;
    private final Clock clock;

    FeedbackExport(FeedbackStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param since a day ({@code 2026-11-30}), counted from its start in the service's time zone; null for all
     * @throws IllegalArgumentException when {@code since} is not such a day
     */
    List<FeedbackRow> rows(@Nullable String since) {
        return store.rated(since == null || since.isBlank() ? null : startOf(since.strip()));
    }

    private Instant startOf(String day) {
        try {
            return LocalDate.parse(day).atStartOfDay(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a day such as 2026-11-30, was '"
                    + (day.length() > 40 ? day.substring(0, 40) + "…" : day) + "'");
        }
    }

    void write(List<FeedbackRow> rows, ExportFormat format, Writer out) {
        try {
            switch (format) {
                case CSV -> csv(rows, out);
                case JSONL -> {
                    for (FeedbackRow row : rows) {
                        out.write(json.writeValueAsString(row));
                        out.write('\n');
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the export could not be written", e);
        }
    }

    private static void csv(List<FeedbackRow> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
        for (FeedbackRow row : rows) {
            // What readers typed is text in a spreadsheet, never a formula; the JSON lines keep it as typed.
            printer.printRecord(row.questionId(), row.askedAt(), row.channel(), SpreadsheetCells.inert(row.question()),
                    SpreadsheetCells.inert(row.understoodAs()), row.outcome(), String.join(" ", row.articleIds()),
                    row.latencyMs(), row.rating(), SpreadsheetCells.inert(row.reason()), row.ratedAt(),
                    row.correctedArticleId());
        }
        printer.flush();
    }
}
