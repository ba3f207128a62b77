package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsdesk.search.TaggedWord;
import org.junit.jupiter.api.Test;

/** The scorer over a fake term-statistics seam: no index, no embedding model. */
class SentenceScorerTest {

    /** Words are the vocabulary's entries found left to right, longest first; idf from the map. */
    private static final class FakeStatistics implements TermStatistics {
        private final Map<String, Double> idf = Map.of("困难毕业生", 3.0, "补贴", 2.0, "标准", 2.5, "每人", 2.5,
                "发放", 1.0, "记者", 1.0, "人社局", 2.0, "完成", 1.5);

        @Override
        public boolean indexed(String term) {
            return idf.containsKey(term);
        }

        @Override
        public List<String> terms(String text) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < text.length(); ) {
                String match = null;
                for (String word : idf.keySet()) {
                    if (text.startsWith(word, i) && (match == null || word.length() > match.length())) {
                        match = word;
                    }
                }
                if (match == null) {
                    i++;
                } else {
                    found.add(match);
                    i += match.length();
                }
            }
            return found;
        }

        @Override
        public double idf(String term) {
            return idf.getOrDefault(term, 4.0);
        }

        @Override
        public boolean knownPlace(String place) {
            return false;
        }

        @Override
        public List<TaggedWord> tagged(String text) {
            return List.of();
        }
    }

    private final FakeStatistics statistics = new FakeStatistics();
    private final SentenceScorer scorer = new SentenceScorer(statistics, SentenceWeights.fitted());

    private static final String TITLE = "我市发放困难毕业生求职创业补贴963.6万元";
    private static final String ECHO = "11月1日，记者从市人社局了解到，困难毕业生补贴发放工作已经完成。";
    private static final String AMOUNT = "补贴标准为每人2000元，一次性发放。";

    @Test
    void theSentenceWithTheAmountBeatsTheOneThatEchoesTheQuestion() {
        Question question = Question.of("困难毕业生补贴每人多少钱?", statistics);

        List<ScoredSentence> scored = scorer.score(question, List.of(
                new SentenceScorer.Candidate(ECHO, 0, TITLE, true, 1.0),
                new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0)));

        assertThat(question.type()).isEqualTo(AnswerType.MONEY);
        assertThat(scored.get(1).score()).isGreaterThan(scored.get(0).score());
        assertThat(scored.get(1).features().typeMatch()).isEqualTo(1.0);
        assertThat(scored.get(0).features().typeMatch()).isZero();
    }

    @Test
    void theAmountStandsNextToTheQuestionsFocus() {
        Question question = Question.of("补贴标准每人多少钱?", statistics);

        ScoredSentence amount = scorer.score(question,
                List.of(new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0))).getFirst();

        assertThat(question.focus()).contains("每人");
        assertThat(amount.features().typeNearFocus()).isEqualTo(1.0);
    }

    @Test
    void aLowerRankedPassageCountsLessForTheSameSentence() {
        Question question = Question.of("困难毕业生补贴每人多少钱?", statistics);

        List<ScoredSentence> scored = scorer.score(question, List.of(
                new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0),
                new SentenceScorer.Candidate(AMOUNT, 2, TITLE, false, 0.5)));

        assertThat(scored.get(0).score()).isGreaterThan(scored.get(1).score());
    }

    @Test
    void theScoreIsTheSumOfItsExplainedParts() {
        Question question = Question.of("困难毕业生补贴每人多少钱?", statistics);
        ScoredSentence amount = scorer.score(question,
                List.of(new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0))).getFirst();

        double sum = SentenceWeights.fitted().explain(amount.features()).stream()
                .mapToDouble(SentenceWeights.Contribution::points).sum();

        assertThat(sum).isEqualTo(amount.score(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theIndexedSentenceVectorsCosineIsAFeatureAndTheClosestSentenceIsMarked() {
        Question question = Question.of("困难毕业生补贴每人多少钱?", statistics);

        List<ScoredSentence> scored = scorer.score(question, List.of(
                new SentenceScorer.Candidate(ECHO, 0, TITLE, true, 1.0, 0.55),
                new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0, 0.71)));

        assertThat(scored.get(0).features().dense()).isEqualTo(0.55);
        assertThat(scored.get(1).features().dense()).isEqualTo(0.71);
        assertThat(scored.get(0).features().denseBest()).isZero();
        assertThat(scored.get(1).features().denseBest()).isEqualTo(1.0);
    }

    @Test
    void oneCandidateWithoutAVectorTurnsTheCosineOffForAllSoAnEmbeddedPageGainsNothingByIt() {
        Question question = Question.of("困难毕业生补贴每人多少钱?", statistics);

        List<ScoredSentence> scored = scorer.score(question, List.of(
                new SentenceScorer.Candidate(ECHO, 0, TITLE, true, 1.0, 0.9),
                new SentenceScorer.Candidate(AMOUNT, 1, TITLE, false, 0.8)));

        assertThat(scored).allSatisfy(sentence -> {
            assertThat(sentence.features().dense()).isZero();
            assertThat(sentence.features().denseBest()).isZero();
        });
    }

    @Test
    void candidatesWithSentenceVectorsAreWeighedByTheEmbeddedSetAndOthersByTheLexicalOne() {
        double[] overlapOnly = new double[SentenceFeatures.NAMES.size()];
        overlapOnly[SentenceFeatures.NAMES.indexOf("overlap")] = 1;
        double[] cosineOnly = new double[SentenceFeatures.NAMES.size()];
        cosineOnly[SentenceFeatures.NAMES.indexOf("dense")] = 1;
        SentenceScorer twoSets = new SentenceScorer(statistics, new SentenceWeights(overlapOnly, cosineOnly));
        Question question = Question.of("困难毕业生补贴每人多少钱?", statistics);

        ScoredSentence embedded = twoSets.score(question,
                List.of(new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0, 0.6))).getFirst();
        ScoredSentence lexical = twoSets.score(question,
                List.of(new SentenceScorer.Candidate(AMOUNT, 0, TITLE, false, 1.0))).getFirst();

        assertThat(embedded.score()).isEqualTo(0.6);
        assertThat(lexical.score()).isEqualTo(lexical.features().overlap()).isPositive();
    }
}
