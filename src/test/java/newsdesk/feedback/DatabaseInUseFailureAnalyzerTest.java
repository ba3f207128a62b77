package newsdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What an admin reads when `feedback export` meets the database a running service holds. */
class DatabaseInUseFailureAnalyzerTest {

    private final DatabaseInUseFailureAnalyzer analyzer = new DatabaseInUseFailureAnalyzer();

    @Test
    void aDatabaseHeldByAnotherProcessIsExplainedWithTheWayOut() {
        // H2's own words and code, under the wrappers Flyway and Spring put around it at start-up.
        SQLException h2 = new SQLException("Database may be already in use: null. Possible solutions: close all other "
                + "connection(s); use the server mode [90020-240]", "90020", 90020);
        RuntimeException startUp = new IllegalStateException("Error creating bean with name 'flyway'",
                new RuntimeException("Unable to obtain connection from database", h2));

        assertThat(analyzer.analyze(startUp)).isNotNull().satisfies(analysis -> {
            assertThat(analysis.getDescription()).contains("open in another NewsDesk process");
            assertThat(analysis.getAction()).contains("GET /api/admin/feedback");
        });
    }

    @Test
    void otherDatabaseFailuresAreLeftToSpringBootsOwnReport() {
        SQLException other = new SQLException("Table not found", "42S02", 42102);

        assertThat(analyzer.analyze(new IllegalStateException("start-up failed", other))).isNull();
    }
}
