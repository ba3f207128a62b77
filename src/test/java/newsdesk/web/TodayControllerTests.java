package newsdesk.web;

import static newsdesk.web.WebFixtures.GRADUATE_SUBSIDY_ID;
import static newsdesk.web.WebFixtures.samplePagesSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import newsdesk.answer.AnswerEngine;
import newsdesk.answer.Edition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(TodayController.class)
class TodayControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AnswerEngine answers;

    @BeforeEach
    void corpus() {
        given(answers.summary()).willReturn(samplePagesSummary());
    }

    @Test
    void showsTheNewestEditionsHeadlinesByPageWithLinksToTheArticles() {
        given(answers.newestEdition()).willReturn(WebFixtures.frontPageEdition());

        assertThat(mvc.get().uri("/today"))
                .hasStatusOk()
                .bodyText()
                .contains("2023年11月3日")
                .containsSubsequence("第1版", "我市发放困难毕业生求职创业补贴963.6万元", "整修道路保畅通", "版次不详",
                        "郸城：“七个专项行动”")
                .contains("href=\"/articles/" + GRADUATE_SUBSIDY_ID + "\"");
    }

    @Test
    void saysSoWhenNoPageHasADate() {
        given(answers.newestEdition()).willReturn(Edition.NONE);

        assertThat(mvc.get().uri("/today"))
                .hasStatusOk()
                .bodyText()
                .contains("都没有注明日期");
    }
}
