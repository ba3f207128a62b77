package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.search.TaggedWord;
import org.junit.jupiter.api.Test;

/** A citizen's word the paper does not print is held by a sentence with the paper's word for it. */
class QuestionStandInsTest {

    /** The paper prints 子女 and 补贴, never 娃 or 补帖; the question's words are cut at the spaces. */
    private static final class Paper implements TermStatistics {
        private final Map<String, Double> idf = Map.of("子女", 3.0, "补贴", 2.0, "困难", 2.5, "领", 1.0, "那个", 5.0);
        private final Map<String, String> tags = Map.of("那个", "rz", "领", "v", "补贴", "n", "娃", "n");

        @Override
        public List<String> terms(String text) {
            // As HanLP does, the typo 补帖 is cut into two characters, and 征冰 is cut
            // into two after 搬口街道 but read as one name on its own.
            if (text.equals("征冰")) {
                return List.of("征冰");
            }
            return List.of(text.replaceAll("[?？]", " ").replace("补帖", "补 帖").replace("搬口街道征冰", "搬口街道 征 冰")
                    .strip().split("\\s+"));
        }

        @Override
        public boolean indexed(String term) {
            return idf.containsKey(term) && !term.equals("那个");
        }

        @Override
        public double idf(String term) {
            return idf.getOrDefault(term, 5.4);
        }

        @Override
        public boolean knownPlace(String place) {
            return false;
        }

        @Override
        public List<TaggedWord> tagged(String text) {
            return terms(text).stream().map(word -> new TaggedWord(word, tags.getOrDefault(word, "n"), 0)).toList();
        }

        @Override
        public Set<String> synonyms(String word) {
            return word.equals("公司") ? Set.of("企业") : Set.of();
        }

        @Override
        public Map<String, List<String>> alternatives(String question) {
            if (question.contains("娃娃")) {
                return Map.of("娃娃", List.of("子女"));
            }
            if (question.contains("多少钱")) {
                return Map.of("多少钱", List.of("补贴", "资金"));
            }
            if (question.contains("征冰")) {
                return Map.of("征冰", List.of("征兵"));
            }
            if (question.contains("补帖")) {
                return Map.of("补帖", List.of("补贴"));
            }
            return question.contains("娃") ? Map.of("娃", List.of("子女")) : Map.of();
        }
    }

    private final Paper paper = new Paper();

    @Test
    void aSentenceWithThePapersWordHoldsTheCitizensWord() {
        Question question = Question.of("困难 娃 补贴 领", paper);

        assertThat(question.withStandIns(Set.of("子女", "补贴"))).contains("娃");
        assertThat(question.withStandIns(Set.of("补贴"))).doesNotContain("娃");
    }

    @Test
    void aTypoCutOtherwiseInTheQuestionThanAloneIsStillHeldByThePapersWord() {
        Question question = Question.of("搬口街道征冰 消息 在哪", paper);

        assertThat(question.withStandIns(Set.of("征兵", "消息"))).contains("征", "冰");
    }

    @Test
    void theCitizensWordWeighsAsMuchAsThePapersNotAsAnUnseenWord() {
        Question question = Question.of("困难 娃 补贴 领", paper);

        assertThat(question.weights().get("娃")).isEqualTo(3.0);
    }

    @Test
    void wordsThatOnlyHoldTheQuestionTogetherDoNotWeighInItsTopic() {
        Question question = Question.of("那个 补贴 领", paper);

        assertThat(question.weights().get("那个")).isEqualTo(5.0);
        assertThat(question.topicWeights().get("那个")).isZero();
        assertThat(question.topicWeights().get("领")).isEqualTo(0.5);
        assertThat(question.topicWeights().get("补贴")).isEqualTo(2.0);
    }

    @Test
    void aMistypedWordNextToTheCueAsksAboutThePapersWord() {
        Question question = Question.of("困难 补帖 多少", paper);

        assertThat(question.focus()).contains("补贴", "困难");
    }

    @Test
    void aFocusWordIsFoundAsThePapersWordForIt() {
        Question question = Question.of("困难 娃娃 多少", paper);

        assertThat(question.focus()).contains("娃娃");
        assertThat(question.focusForms()).contains("娃娃", "子女");
    }

    @Test
    void aFocusWordIsFoundAsAWordOfTheSameMeaning() {
        Question question = Question.of("智慧岛 公司 多少 家", paper);

        assertThat(question.focusForms()).contains("公司", "企业");
    }

    @Test
    void theFocusIsWhereTheKindIsAskedNotAtAnEarlierQuestionWord() {
        Question question = Question.of("那 几 个 中心 今年 装修 花了 多少钱", paper);

        assertThat(question.type()).isEqualTo(AnswerType.MONEY);
        assertThat(question.focus()).containsExactly("装修", "花了");
    }

    @Test
    void theCuesOwnStandInIsNoFocusWord() {
        Question question = Question.of("困难 领 多少钱", paper);

        assertThat(question.focus()).containsExactly("困难");
    }

    @Test
    void aWordThatOnlyHoldsTheQuestionTogetherIsNoFocusWord() {
        Question question = Question.of("那个 补贴 每人 多少钱", paper);

        assertThat(question.focus()).doesNotContain("那个").contains("补贴");
    }

    @Test
    void thePeriodAFigureIsAskedPerIsPartOfTheFocusAsThePaperPrintsIt() {
        Question question = Question.of("图书馆 一天 能来 多少 人", paper);

        assertThat(question.focus()).contains("每天");
    }
}
