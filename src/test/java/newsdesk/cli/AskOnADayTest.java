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

/** {@code ask --today} answers as if asked on that day, for demos and for checking a dated answer. */
class AskOnADayTest {

    @TempDir
    Path indexDir;

    @Test
    void lastMonthMeansTheMonthBeforeTheGivenDay() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsDeskApplication.class)
                .profiles("cli")
                .properties("newsdesk.search.index-dir=" + indexDir, "newsdesk.telegram.token=")
                .run("ask", "--today", "2023-12-05", "上个月困难毕业生补贴每人多少钱？")) {
            exit = SpringApplication.exit(context);
        } finally {
            System.setOut(console);
        }

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("问：上个月困难毕业生补贴每人多少钱？", "每人2000元", "据《", "2023年11月（推断） 第1版");
    }
}
