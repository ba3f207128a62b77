package newsdesk.web.adminpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import newsdesk.answer.AnswerFixtures;
import newsdesk.feedback.AskedQuestion;
import newsdesk.search.SearchFixtures;
import org.junit.jupiter.api.Test;

/**
 * Grouping by need over the sample pages' index, with the answer engine's own reading of the questions. The
 * library's opening hours are the missing fact: the sample pages name the 川汇区 library but print no hours.
 */
class NeedGroupingTest {

    private final NeedGrouping grouping = new NeedGrouping(AnswerFixtures.analysis(SearchFixtures.samplePages()));

    @Test
    void threeWordingsOfOneMissingFactAreOneNeed() {
        List<List<NeedGrouping.Read>> groups = grouping.group(List.of(
                notStated("川汇区图书馆每天几点开放？"),
                notStated("川汇区图书馆几点开门"),
                notStated("请问川汇区图书馆的开放时间是什么？")));

        assertThat(groups).hasSize(1);
        assertThat(groups.getFirst()).extracting(read -> read.asked().question()).containsExactly(
                "川汇区图书馆每天几点开放？", "川汇区图书馆几点开门", "请问川汇区图书馆的开放时间是什么？");
    }

    @Test
    void anotherFactOfTheSamePlaceIsAnotherNeed() {
        List<List<NeedGrouping.Read>> groups = grouping.group(List.of(
                notStated("川汇区图书馆每天几点开放？"),
                notStated("川汇区图书馆的电话是多少？"),
                notStated("川汇区图书馆几点开门"),
                notStated("川汇区图书馆地址在哪里"),
                notStated("困难毕业生补贴每人多少钱？")));

        assertThat(groups).extracting(group -> group.stream().map(read -> read.asked().question()).toList())
                .containsExactly(
                        List.of("川汇区图书馆每天几点开放？", "川汇区图书馆几点开门"),
                        List.of("川汇区图书馆的电话是多少？"),
                        List.of("川汇区图书馆地址在哪里"),
                        List.of("困难毕业生补贴每人多少钱？"));
    }

    @Test
    void aFollowUpIsGroupedByTheQuestionItWasUnderstoodAs() {
        AskedQuestion followUp = new AskedQuestion(UUID.randomUUID().toString(), Instant.parse("2026-11-20T08:05:00Z"),
                "那几点开门？", "川汇区图书馆几点开门？", "not_stated", List.of(), null, null, null);

        assertThat(grouping.group(List.of(notStated("川汇区图书馆每天几点开放？"), followUp))).hasSize(1);
    }

    @Test
    void questionsWithoutContentWordsStayApart() {
        assertThat(grouping.group(List.of(notStated("？"), notStated("多少")))).hasSize(2);
    }

    static AskedQuestion notStated(String question) {
        return new AskedQuestion(UUID.randomUUID().toString(), Instant.parse("2026-11-20T08:00:00Z"), question, null,
                "not_stated", List.of(), null, null, null);
    }
}
