package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HomophonesTest {

    /** A paper that prints these words, and so their character pairs. */
    private static final List<String> PAPER = List.of("补贴", "就业", "图书馆", "那年", "领导", "服务", "中心", "毕业生");

    private static List<Homophones.Correction> corrections(String question) {
        return corrections(TestAnalysis.words(question));
    }

    private static List<Homophones.Correction> corrections(List<String> words) {
        Set<String> pairs = new java.util.HashSet<>();
        PAPER.forEach(word -> {
            for (int i = 0; i + 1 < word.length(); i++) {
                pairs.add(word.substring(i, i + 2));
            }
        });
        return Homophones.of(PAPER).corrections(words, PAPER::contains, pairs::contains);
    }

    @Test
    void soundsIgnoreTones() {
        assertThat(Homophones.sound("补贴")).isEqualTo("bu tie");
        assertThat(Homophones.sound("补帖")).isEqualTo(Homophones.sound("补贴"));
    }

    @Test
    void correctsTheOneWrongCharacterOfTheRightSound() {
        assertThat(corrections("困难毕业生补帖每人多少钱")).containsExactly(new Homophones.Correction("补帖", "补贴"));
        assertThat(corrections("多少人实现就叶")).containsExactly(new Homophones.Correction("就叶", "就业"));
        assertThat(corrections("川汇区图书官在哪")).containsExactly(new Homophones.Correction("图书官", "图书馆"));
    }

    @Test
    void correctsATypoTheSegmenterGluedIntoAWordOfItsOwn() {
        // Name recognition reads 毕叶生 as a person's name: one word, and no character of it alone.
        assertThat(corrections(List.of("困难", "毕叶生", "补贴", "归", "谁", "管")))
                .containsExactly(new Homophones.Correction("毕叶生", "毕业生"));
        assertThat(corrections(List.of("毕业生", "就叶", "补贴"))).containsExactly(new Homophones.Correction("就叶", "就业"));
    }

    @Test
    void leavesAWordThePaperPrintsAlone() {
        assertThat(corrections(List.of("困难", "毕业生", "补贴"))).isEmpty();
    }

    @Test
    void leavesADictionaryWordAlone() {
        // 领到 sounds like 领导 and never stands in this paper, but it is a word the citizen meant, even
        // where the segmenter happens to cut it in two.
        assertThat(corrections(List.of("毕业生", "领", "到", "多少"))).isEmpty();
        assertThat(corrections(List.of("毕业生", "领", "倒", "多少")))
                .containsExactly(new Homophones.Correction("领倒", "领导"));
    }

    @Test
    void doesNotCorrectAQuestionWord() {
        assertThat(corrections("服务中心哪年建成")).isEmpty();
    }

    @Test
    void needsTwoCharactersOfDifferentSoundToDifferInOnlyOne() {
        assertThat(Homophones.differingPosition("补帖", "补贴")).isEqualTo(1);
        assertThat(Homophones.differingPosition("补贴", "补贴")).isEqualTo(-1);
        assertThat(Homophones.differingPosition("不帖", "补贴")).isEqualTo(-1);
        assertThat(Homophones.of(PAPER).soundingLike("不铁")).isEmpty();
    }
}
