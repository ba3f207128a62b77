package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsdesk.answer.AnswerFixtures;
import newsdesk.answer.AnswerService;
import newsdesk.search.SearchFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Questions about the paper's own pages as fitting groups, beside CMRC's. */
class PaperQuestionGroupsTest {

    private static final AnswerService ANSWERS = AnswerFixtures.over(SearchFixtures.samplePages());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void anAnswerableQuestionIsAGroupCountedByItsWeightWithTheGoldSentenceAsAPositive() throws IOException {
        Path set = write("""
                {"q": "困难毕业生补贴每人多少钱？", "any": ["2000 元"]}
                {"q": "示范区街道议事代表一届任期几年？", "abstain": true}
                """);

        List<WeightFitting.Group> groups = new PaperQuestionGroups(List.of(set), 3, LocalDate.of(2024, 3, 31))
                .groups(ANSWERS, JSON, true);

        assertThat(groups).hasSize(3).allSatisfy(group -> {
            assertThat(group.features().length).isGreaterThan(1);
            assertThat(group.positive()).contains(true, false);
        });
    }

    @Test
    void candidatesWithSentenceVectorsGiveNoGroupsForTheLexicalWeights() throws IOException {
        Path set = write("""
                {"q": "困难毕业生补贴每人多少钱？", "any": ["2000元"]}
                """);

        // The test index gives every passage its vectors, as the served sample pages have them.
        assertThat(new PaperQuestionGroups(List.of(set), 1, LocalDate.of(2024, 3, 31)).groups(ANSWERS, JSON, false))
                .isEmpty();
    }

    private Path write(String lines) throws IOException {
        return Files.writeString(folder.resolve("set.jsonl"), lines);
    }
}
