package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask --today} answers as if asked on that day, for demos and for checking a dated answer. */
class AskOnADayTest {

    @TempDir
    Path indexDir;

    @Test
    void lastMonthMeansTheMonthBeforeTheGivenDay() {
        CommandLineRun run = CommandLineRun.of(indexDir, "", "ask", "--today", "2023-12-05", "上个月困难毕业生补贴每人多少钱？");

        assertThat(run.exit()).isZero();
        assertThat(run.printed())
                .contains("问：上个月困难毕业生补贴每人多少钱？", "每人2000元", "据《", "2023年11月（推断） 第1版");
    }
}
