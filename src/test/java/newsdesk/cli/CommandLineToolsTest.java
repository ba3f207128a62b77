package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

    @Test
    void generateArchiveWritesPagesAndTheirQuestionsFromTheTerminal() throws IOException {
        Path out = indexDir.resolve("archive");
        CommandLineRun run = CommandLineRun.of(indexDir, "", "generate-archive", "--days", "2", "--pages-per-day", "3",
                "--facts", "2", "--seed", "11", "--start", "2025-06-01", "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.printed()).contains("6 page files", "2 planted facts (seed 11)");
        try (var pages = Files.list(out.resolve("pages"))) {
            assertThat(pages.map(page -> page.getFileName().toString()).sorted())
                    .startsWith("2025-06-01_01.txt").endsWith("2025-06-02_03.txt").hasSize(6);
        }
        assertThat(Files.readAllLines(out.resolve("planted-questions.jsonl"))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"any\":[\"每", "\"decoys\""));
    }
}
