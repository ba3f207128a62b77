package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.ingest.PublicationDate;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /today's edition over a small index of dated pages: the newest date's articles, page by page. */
class NewestEditionTest {

    private static final PublicationDate NOV_4 = PublicationDate.day(LocalDate.of(2023, 11, 4));
    private static final PublicationDate NOV_3 = PublicationDate.day(LocalDate.of(2023, 11, 3));

    @TempDir
    Path indexDir;

    @Test
    void listsTheNewestDatesHeadlinesByPageNumberWithUnnumberedPagesLast() throws Exception {
        List<Article> articles = List.of(
                article("p2.txt", 1, NOV_4, 2, "第二版头条：郸城现代农业产业园开园"),
                article("p1.txt", 2, NOV_4, 1, "困难毕业生求职创业补贴发放"),
                article("p1.txt", 1, NOV_4, 1, "中美友城大会开幕"),
                article("px.txt", 1, NOV_4, null, "图片新闻：整修道路保畅通"),
                article("old.txt", 1, NOV_3, 1, "前一天的头条：清凉空间开放"),
                article("undated.txt", 1, PublicationDate.UNKNOWN, 1, "日期不详的报道"));
        try (SearchService search = SearchFixtures.indexOf(articles, indexDir)) {
            Edition edition = AnswerFixtures.over(search).newestEdition();

            assertThat(edition.datePrinted()).isEqualTo("2023年11月4日");
            assertThat(edition.pages()).extracting(Edition.Page::number).containsExactly(1, 2, null);
            assertThat(edition.pages().getFirst().headlines()).extracting(Edition.Headline::title)
                    .containsExactly("中美友城大会开幕", "困难毕业生求职创业补贴发放");
            assertThat(edition.pages()).flatExtracting(Edition.Page::headlines).extracting(Edition.Headline::title)
                    .doesNotContain("前一天的头条：清凉空间开放", "日期不详的报道");
        }
    }

    @Test
    void isNoneWhenNoPageHasADate() throws Exception {
        List<Article> articles = List.of(article("undated.txt", 1, PublicationDate.UNKNOWN, 1, "日期不详的报道"));
        try (SearchService search = SearchFixtures.indexOf(articles, indexDir)) {
            assertThat(AnswerFixtures.over(search).newestEdition().empty()).isTrue();
        }
    }

    private static Article article(String source, int position, PublicationDate date, @Nullable Integer page,
                                   String title) {
        return new Article(source.replace(".txt", "") + "-" + position, source, position, date, page, null, null,
                title, "", List.of(), ArticleKind.NEWS, List.of(title + "。本报记者报道了这件事的经过。"), List.of(), null,
                null);
    }
}
