package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ask --conversation --json}: consecutive lines on stdin are one conversation, an empty line starts
 * the next, one answer object per line on stdout.
 */
class AskConversationTest {

    @TempDir
    Path indexDir;

    @Test
    void consecutiveLinesAreOneConversationAndAnEmptyLineStartsANewOne() {
        List<JsonNode> answers = ask("""
                示范区三八妇女节表彰了多少个红旗集体
                巾帼建功标兵呢
                这是第几周年

                巾帼建功标兵呢
                """);

        assertThat(answers).hasSize(4);
        assertThat(answers.get(0).path("answer").asString()).contains("7个三八红旗集体");
        assertThat(answers.get(0).path("understood_as").isNull()).isTrue();
        assertThat(answers.get(1).path("question").asString()).isEqualTo("巾帼建功标兵呢");
        assertThat(answers.get(1).path("understood_as").asString()).contains("示范区", "巾帼建功标兵");
        assertThat(answers.get(1).path("answer").asString()).contains("29名巾帼建功标兵");
        assertThat(answers.get(2).path("answer").asString()).contains("114周年");
        assertThat(answers.get(3).path("understood_as").isNull()).as("after the empty line").isTrue();
    }

    @Test
    void aConversationOnAGivenDayReadsItsDateWordsFromThatDay() {
        // 2024-04-10: 上个月 is March 2024, the month of the 三八 page; a day in 2023 finds nothing for it.
        List<JsonNode> inApril = ask("""
                上个月示范区三八妇女节表彰了多少个红旗集体
                巾帼建功标兵呢
                """, "--today", "2024-04-10");
        List<JsonNode> inDecember = ask("上个月示范区三八妇女节表彰了多少个红旗集体\n", "--today", "2023-12-10");

        assertThat(inApril.get(0).path("answer").asString()).contains("7个三八红旗集体");
        assertThat(inApril.get(1).path("answer").asString()).contains("29名巾帼建功标兵");
        assertThat(inDecember.get(0).path("status").asString()).isEqualTo("none");
        assertThat(inDecember.get(0).path("answer").asString()).contains("没有找到2023年11月");
    }

    private List<JsonNode> ask(String stdin, String... options) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("ask", "--conversation", "--json"),
                java.util.Arrays.stream(options)).toArray(String[]::new);
        CommandLineRun run = CommandLineRun.of(indexDir, stdin, args);
        assertThat(run.exit()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        return run.printed().lines().filter(line -> line.startsWith("{"))
                .map(json::readTree).toList();
    }
}
