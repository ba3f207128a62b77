package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class WebBenchmarkCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/api/answer", "http://10.0.0.1:8080/api/answer",
            "https://127.0.0.1/api/answer", "http://127.0.0.1.example.com/api/answer"})
    void refusesAnyTargetOffThisMachine(String url) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new WebBenchmarkCommand()).setErr(new PrintWriter(err));

        int exit = command.execute("--url", url, "--seconds", "1", "--warmup-seconds", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--url must be http:// on this machine");
    }

    @Test
    void refusesUnboundedRuns() {
        CommandLine command = new CommandLine(new WebBenchmarkCommand()).setErr(new PrintWriter(new StringWriter()));

        assertThat(command.execute("--seconds", "601")).isEqualTo(2);
        assertThat(command.execute("--clients", "0")).isEqualTo(2);
    }

    @Test
    void theSummaryCountsFailuresApartAndMeasuresLatencyOverSuccessfulRequestsOnly() {
        LoadClients.ClientResult client = new LoadClients.ClientResult();
        for (int ms = 1; ms <= 100; ms++) {
            client.record(ms * 1_000_000L, true, ms % 2 == 0, null);
        }
        client.record(5_000_000_000L, false, false, "HTTP 500");

        LoadSummary summary = LoadSummary.of(List.of(client), 10);

        assertThat(summary.ok()).isEqualTo(100);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.answered()).isEqualTo(50);
        assertThat(summary.perSecond()).isEqualTo(10.0);
        assertThat(summary.latencies().millis(0.95)).isEqualTo(95.0);
        assertThat(summary.latencies().maxMillis()).as("the failed 5 s request is not a latency").isEqualTo(100.0);
        assertThat(summary.describe()).contains("1 errors", "first error: HTTP 500");
    }

    @Test
    void aRunDuringARefreshNeedsTheAdminToken() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new WebBenchmarkCommand()).setErr(new PrintWriter(err))
                .setOut(new PrintWriter(new StringWriter()));

        // Nothing listens on port 9, so the idle run only counts errors; the refresh must not be tried without a token.
        int exit = command.execute("--url", "http://127.0.0.1:9/api/answer", "--seconds", "1", "--warmup-seconds", "0",
                "--during-refresh", "--admin-token", "");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--during-refresh needs NEWSDESK_ADMIN_TOKEN");
    }
}
