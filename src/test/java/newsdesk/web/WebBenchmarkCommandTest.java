package newsdesk.web;

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
    void percentilesAreNearestRankOverSuccessfulRequests() {
        WebBenchmarkCommand.ClientResult client = new WebBenchmarkCommand.ClientResult();
        for (int ms = 1; ms <= 100; ms++) {
            client.record(ms * 1_000_000L, true, ms % 2 == 0, null);
        }
        client.record(5_000_000_000L, false, false, "HTTP 500");

        WebBenchmarkCommand.Summary summary = WebBenchmarkCommand.Summary.of(List.of(client), 10);

        assertThat(summary.ok()).isEqualTo(100);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.answered()).isEqualTo(50);
        assertThat(summary.perSecond()).isEqualTo(10.0);
        assertThat(summary.p50Ms()).isEqualTo(50.0);
        assertThat(summary.p95Ms()).isEqualTo(95.0);
        assertThat(summary.maxMs()).isEqualTo(100.0);
        assertThat(summary.describe()).contains("1 errors", "first error: HTTP 500");
    }
}
