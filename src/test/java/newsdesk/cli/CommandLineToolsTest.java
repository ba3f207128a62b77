package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tools start without a web server: a bean that needs one must not keep an admin
 * from asking a question or refreshing the index from a terminal.
 */
class CommandLineToolsTest {

    @TempDir
    Path indexDir;

    @Test
    void askAnswersFromTheTerminalWithTheWebServerOff() {
        CommandLineRun run = CommandLineRun.of(indexDir, "", "ask", "--json", "困难毕业生补贴每人多少钱？");

        assertThat(run.exit()).isZero();
        assertThat(run.printed()).contains("\"status\":\"answered\"", "2000元");
    }
}
