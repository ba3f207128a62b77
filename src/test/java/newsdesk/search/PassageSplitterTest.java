package newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter(20, 40);

    @Test
    void closesAPassageOnlyWhereASentenceEndsKeepingClosingQuotes() {
        String quote = "他说：“这个十二个字的句子来了！”";
        List<String> passages = splitter.pack(List.of(quote.repeat(4)));

        assertThat(passages).containsExactly(quote.repeat(2), quote.repeat(2));
    }

    @Test
    void closesAPassageAtASemicolonAsTheAnswerLayerEndsASentenceThere() {
        String sentence = "一二三四五六七八九十".repeat(2) + "一二三四。";
        String clause = "一二三四五六七八九十；";

        // Cut only at 。 this would be [sentence, clause + sentence]: the clause fits beside the first sentence.
        assertThat(splitter.pack(List.of(sentence + clause + sentence)))
                .containsExactly(sentence + clause, sentence);
    }

    @Test
    void packsWholeSentencesUpToTheMaximum() {
        String sentence = "这是一个十二个字的句子。";
        List<String> passages = splitter.pack(List.of(sentence.repeat(7)));

        // The seventh sentence alone would be a passage too short to be useful, so it joins the second.
        assertThat(passages).containsExactly(sentence.repeat(3), sentence.repeat(4));
        assertThat(String.join("", passages)).isEqualTo(sentence.repeat(7));
    }

    @Test
    void startsANewLineForEachParagraphInsideAPassage() {
        assertThat(splitter.pack(List.of("第一段。", "第二段。"))).containsExactly("第一段。\n第二段。");
    }

    @Test
    void joinsAShortTailToThePassageBeforeIt() {
        String sentence = "这是一个十二个字的句子。";
        assertThat(splitter.pack(List.of(sentence.repeat(3), "短。")))
                .containsExactly(sentence.repeat(3) + "\n短。");
    }

    @Test
    void numbersPassagesPerArticleAndKeepsTheTitleOutOfTheText() {
        Article article = new Article("a1", "page.txt", 1, PublicationDate.day(LocalDate.of(2024, 11, 2)), 1, null, null, "标题",
                "", List.of(), ArticleKind.NEWS, List.of("这是一个十二个字的句子。".repeat(5)), List.of(), null, null);

        List<Passage> passages = splitter.split(article);

        assertThat(passages).extracting(Passage::passageId).containsExactly("a1#0", "a1#1");
        assertThat(passages).allSatisfy(passage -> {
            assertThat(passage.title()).isEqualTo("标题");
            assertThat(passage.text()).doesNotContain("标题");
            assertThat(passage.date()).isEqualTo(PublicationDate.day(LocalDate.of(2024, 11, 2)));
            assertThat(passage.kind()).isEqualTo("news");
        });
    }
}
