package newsdesk.web;

import static newsdesk.web.WebFixtures.GRADUATE_SUBSIDY_ID;
import static newsdesk.web.WebFixtures.SUBSIDY_SENTENCE;
import static newsdesk.web.WebFixtures.articleWithMarkupInItsText;
import static newsdesk.web.WebFixtures.graduateSubsidyArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.util.Optional;
import newsdesk.answer.AnswerEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ArticlePageController.class)
class ArticlePageControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AnswerEngine answers;

    @Test
    void showsTheWholeArticleWithDatePageAndSourceFile() {
        given(answers.article(GRADUATE_SUBSIDY_ID)).willReturn(Optional.of(graduateSubsidyArticle()));

        assertThat(mvc.get().uri("/articles/{id}", GRADUATE_SUBSIDY_ID))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>我市发放困难毕业生求职创业补贴963.6万元</h1>", "2023年11月3日 · 第1版",
                        "<code>000_8d4900da70319227.txt</code>", "据悉，补贴资金已通过银行代发。")
                .doesNotContain("<mark>");
    }

    @Test
    void marksTheAnswerSentenceWhenReachedFromAnAnswer() {
        given(answers.article(GRADUATE_SUBSIDY_ID)).willReturn(Optional.of(graduateSubsidyArticle()));

        assertThat(mvc.get().uri("/articles/{id}", GRADUATE_SUBSIDY_ID).param("hl", SUBSIDY_SENTENCE))
                .hasStatusOk()
                .bodyText()
                .contains("发放求职创业补贴963.6万元。<mark>" + SUBSIDY_SENTENCE + "</mark>", "标出的是回答所引用的句子。");
    }

    @Test
    void escapesTheArticleText() {
        given(answers.article("x-1")).willReturn(Optional.of(articleWithMarkupInItsText()));

        assertThat(mvc.get().uri("/articles/x-1"))
                .hasStatusOk()
                .bodyText()
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;标题", "正文&lt;b&gt;不是标记&lt;/b&gt;", "日期不详 · 版次不详")
                .doesNotContain("<script>");
    }

    @Nested
    class Missing {

        @Test
        void anUnknownArticleIsA404PageThatLinksBack() {
            given(answers.article("gone")).willReturn(Optional.empty());

            assertThat(mvc.get().uri("/articles/gone"))
                    .hasStatus(HttpStatus.NOT_FOUND)
                    .bodyText().contains("没有这篇报道", "<code>gone</code>", "href=\"/\"");
        }
    }
}
