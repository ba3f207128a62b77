package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import newsdesk.NewsDeskApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line tools start without a web server: a bean that needs one must not keep an admin
 * from asking a question or refreshing the index from a terminal.
 */
class CommandLineToolsTest {

    @TempDir
    Path indexDir;

    @Test
    void askAnswersFromTheTerminalWithTheWebServerOff() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsDeskApplication.class)
                .profiles("cli")
                .properties("newsdesk.search.index-dir=" + indexDir, "newsdesk.telegram.token=")
                .run("ask", "--json", "困难毕业生补贴每人多少钱？")) {
            exit = SpringApplication.exit(context);
        } finally {
            System.setOut(console);
        }

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("\"status\":\"answered\"", "2000元");
    }
}
