package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class MissCausesTest {

    private static final String PLANTED = """
            {"q": "2025年丁集镇农村改厕奖补标准是多少？", "any": ["每户4350元"], "programme": "农村改厕奖补", "place": "项城市丁集镇", "year": 2025, "decoys": {"another place": {"any": ["每户3900元"]}, "another year": {"any": ["每户4100元"]}}}
            {"q": "2024年宁平镇高龄老人津贴给多少钱？", "any": ["每人600元"], "programme": "高龄老人津贴", "place": "郸城县宁平镇", "year": 2024, "decoys": {"another place": {"any": ["每人 750 元"]}, "another year": {"any": ["每人550元"]}}}
            {"q": "困难毕业生补贴每人多少钱？", "any": ["2000元"]}
            """;

    @TempDir
    Path temp;

    @Test
    void aMissIsCountedUnderTheDecoyWhoseFigureItQuotesAndOtherwiseAsOther() throws IOException {
        Path file = temp.resolve("planted.jsonl");
        Files.writeString(file, PLANTED);
        MissCauses causes = MissCauses.read(file, JsonMapper.builder().build());

        List<QuestionSetEvaluation.Outcome> outcomes = List.of(
                miss("2025年丁集镇农村改厕奖补标准是多少？", "2025年，项城市秣陵镇农村改厕奖补标准为每户3900元。"),
                miss("2024年宁平镇高龄老人津贴给多少钱？", "当地高龄老人津贴按照每人750元的标准发放。"),
                miss("困难毕业生补贴每人多少钱？", "补贴标准为每人1000元。"));

        assertThat(causes.causeOf(outcomes.get(0))).contains("another place");
        assertThat(causes.causeOf(outcomes.get(2))).isEmpty();
        assertThat(causes.tally(outcomes)).isEqualTo("another place 2, another year 0, not answered 0, other 0");
        assertThat(causes.withDecoys(outcomes)).isEqualTo(2);
    }

    @Test
    void aQuoteOnTheSameProgrammeFromAnotherFactsArticleIsCountedByWhatItLacks() throws IOException {
        Path file = temp.resolve("planted.jsonl");
        Files.writeString(file, PLANTED);
        MissCauses causes = MissCauses.read(file, JsonMapper.builder().build());

        assertThat(causes.causeOf(miss("2025年丁集镇农村改厕奖补标准是多少？",
                "据郸城县钱店镇相关负责人介绍，2025年当地农村改厕奖补按照每户1280元的标准发放。")))
                .contains(MissCauses.ANOTHER_PLACE);
        assertThat(causes.causeOf(miss("2025年丁集镇农村改厕奖补标准是多少？",
                "2023年，项城市丁集镇农村改厕奖补标准为每户 2 150元。")))
                .contains(MissCauses.ANOTHER_YEAR);
    }

    @Test
    void aMissQuotingNeitherADecoyNorTheProgrammeIsOther() throws IOException {
        Path file = temp.resolve("planted.jsonl");
        Files.writeString(file, PLANTED);
        MissCauses causes = MissCauses.read(file, JsonMapper.builder().build());

        assertThat(causes.causeOf(miss("2025年丁集镇农村改厕奖补标准是多少？", "丁集镇扎实推进人居环境整治。")))
                .contains(MissCauses.OTHER);
    }

    @Test
    void aQuestionLeftUnansweredIsNotAnsweredWhateverTheClosestArticleSays() throws IOException {
        Path file = temp.resolve("planted.jsonl");
        Files.writeString(file, PLANTED);
        MissCauses causes = MissCauses.read(file, JsonMapper.builder().build());
        String question = "2025年丁集镇农村改厕奖补标准是多少？";

        assertThat(causes.causeOf(new QuestionSetEvaluation.Outcome(
                new QuestionSetEvaluation.Case(question, List.of(), false, List.of(), "money"),
                new Answer(question, AnswerStatus.NONE, "报纸上没有找到农村改厕奖补的标准。", List.of(), 1), false)))
                .contains(MissCauses.NOT_ANSWERED);
    }

    private static QuestionSetEvaluation.Outcome miss(String question, String quote) {
        return new QuestionSetEvaluation.Outcome(new QuestionSetEvaluation.Case(question, List.of(), false, List.of(), "money"),
                new Answer(question, AnswerStatus.ANSWERED, quote, List.of(), 1), false);
    }
}
