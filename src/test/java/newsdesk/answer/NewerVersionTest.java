package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.Passage;
import org.junit.jupiter.api.Test;

/** Which later report replaces the chosen sentence as the paper's latest word on the asked fact. */
class NewerVersionTest {

    private static final Function<String, List<String>> PLACES = text ->
            Stream.of("太康县", "马头镇", "川汇区", "城北街道").filter(text::contains).toList();
    private static final SentenceWeights WEIGHTS = SentenceWeights.fitted();

    private final AnswerService.Candidate spring = candidate("spring", LocalDate.of(2024, 4, 7),
            "据太康县马头镇相关负责人介绍，2024年当地农村改厕奖补按照每户5870元的标准发放。");

    @Test
    void aLaterFigureOfTheSameProgrammeForAnotherStreetDoesNotReplaceTheAskedTownshipsFigure() {
        AnswerService.Candidate autumnElsewhere = candidate("autumn", LocalDate.of(2024, 10, 12),
                "记者了解到，川汇区城北街道2024年农村改厕奖补标准确定为每户6700元，资金已全部拨付到位。");

        assertThat(NewerVersion.of(spring, List.of(spring, autumnElsewhere), 0.5, WEIGHTS, PLACES)).isEmpty();
    }

    @Test
    void aLaterFigureForTheSameTownshipIsTheAnswer() {
        AnswerService.Candidate autumnThere = candidate("autumn", LocalDate.of(2024, 10, 12),
                "据太康县马头镇相关负责人介绍，2024年当地农村改厕奖补标准调整为每户6000元。");

        assertThat(NewerVersion.of(spring, List.of(spring, autumnThere), 0.5, WEIGHTS, PLACES))
                .hasValueSatisfying(newer -> assertThat(newer.passage().articleId()).isEqualTo("autumn"));
    }

    /** A sentence that holds an amount (typeMatch 1) and otherwise scores like its rival. */
    private static AnswerService.Candidate candidate(String articleId, LocalDate date, String sentence) {
        Passage passage = new Passage(articleId + "#0", articleId, "农村改厕", PublicationDate.day(date), 1,
                date + "_01.txt", "news", sentence);
        SentenceFeatures features = new SentenceFeatures(0.8, 0.5, 0.5, 1, 1, 1, 1, 0, 0.5, 0, 0, 0.8, 0.8, 1, 0, 0, 0, 0, 0, false);
        return new AnswerService.Candidate(passage, List.of(sentence), 0,
                new ScoredSentence(sentence, 0, WEIGHTS.score(features), Set.of(), features));
    }
}
