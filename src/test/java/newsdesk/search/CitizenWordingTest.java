package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitizenWordingTest {

    private static CitizenWording parse(String... lines) {
        return CitizenWording.parse(List.of(lines), TestAnalysis::words);
    }

    private static List<String> alternatives(CitizenWording wording, String head) {
        return wording.entry(head).orElseThrow().alternatives().stream().map(CitizenWording.Phrase::text).toList();
    }

    @Test
    void keepsTheSegmentersWordsOfAnAlternativeOfSeveralWords() {
        assertThat(parse("社保卡 社会保障卡").entry("社保卡").orElseThrow().alternatives())
                .containsExactly(new CitizenWording.Phrase("社会保障卡", List.of("社会", "保障", "卡")));
    }

    @Test
    void readsOneEverydayWordPerLineWithItsAlternatives() {
        CitizenWording wording = parse("# comment", "", "娃 孩子 子女", "  上班   就业 工作  ");

        assertThat(wording.entries()).extracting(entry -> entry.head().text()).containsExactly("娃", "上班");
        assertThat(alternatives(wording, "娃")).containsExactly("孩子", "子女");
        assertThat(alternatives(wording, "上班")).containsExactly("就业", "工作");
        assertThat(wording.problems()).isEmpty();
    }

    @Test
    void reportsBadLinesByNumberAndKeepsTheGoodOnes() {
        CitizenWording wording = parse("娃", "上班 上班 就业", "社保卡 ！ 社保", "娃娃 孩子", "娃娃 儿童", "！ 孩子");

        assertThat(wording.problems()).containsExactly(
                "line 1: 娃 has no usable alternative",
                "line 2: 上班 lists itself",
                "line 3: ！ has no word to match",
                "line 5: 娃娃 is already listed on line 4; the alternatives are merged",
                "line 6: ！ has no word to match");
        assertThat(wording.entries()).extracting(entry -> entry.head().text()).containsExactly("上班", "社保卡", "娃娃");
        assertThat(alternatives(wording, "娃娃")).containsExactly("孩子", "儿童");
    }

    @Test
    void matchesAHeadOfSeveralWordsWhereTheyStandInARow() {
        CitizenWording wording = parse("找工作 求职 就业", "娃 子女");

        assertThat(wording.entry("找工作").orElseThrow().head().words()).containsExactly("找", "工作");
        assertThat(wording.find(TestAnalysis.words("毕业生找工作有补贴吗")))
                .extracting(entry -> entry.head().text()).containsExactly("找工作");
        assertThat(wording.find(TestAnalysis.words("工作找了吗"))).isEmpty();
    }

    @Test
    void aMissingFileMeansNoEverydayWords() {
        assertThat(CitizenWording.read(Path.of("no/such/synonyms.txt"), TestAnalysis::words).entries()).isEmpty();
    }

    @Test
    void theBundledListHasNoBadLine() {
        CitizenWording bundled = CitizenWording.read(Path.of("index/dictionary/synonyms.txt"), TestAnalysis::words);

        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.entries()).hasSizeGreaterThan(50);
    }
}
