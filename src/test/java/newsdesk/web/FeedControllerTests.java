package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import newsdesk.ingest.Article;
import newsdesk.subscriptions.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@WebMvcTest(FeedController.class)
@Import(FeedControllerTests.FixedClock.class)
class FeedControllerTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TopicFeed feeds;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void topicsAsTheFeedParsesThem() {
        given(feeds.topic(anyString())).willAnswer(call -> {
            String typed = call.getArgument(0, String.class).strip();
            return typed.isEmpty() || typed.length() > 16 || typed.chars().noneMatch(Character::isLetterOrDigit)
                    ? Optional.empty() : Optional.of(typed);
        });
    }

    @Test
    void aTopicsFeedIsAtomWithATitleDateLinkAndExcerptPerArticleAndEscapesMarkup() throws Exception {
        Article article = WebFixtures.articleWithMarkupInItsText();
        given(feeds.entries("征兵")).willReturn(List.of(
                new TopicFeed.Entry(WebFixtures.graduateSubsidyArticle(), "补贴标准为每人2000元。"),
                new TopicFeed.Entry(article, "<script>alert(1)</script> & 更多")));

        var result = mvc.get().uri("/feeds").param("topic", "征兵").exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.parseMediaType("application/atom+xml"));
        Document feed = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(text(root, "title")).isEqualTo("NewsDesk：征兵");
        assertThat(root.getElementsByTagNameNS(ATOM, "entry").getLength()).isEqualTo(2);
        Element first = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertThat(text(first, "title")).isEqualTo("我市发放困难毕业生求职创业补贴963.6万元");
        assertThat(text(first, "updated")).isEqualTo("2023-11-03T00:00:00Z");
        assertThat(text(first, "summary")).isEqualTo("补贴标准为每人2000元。");
        assertThat(((Element) first.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("http://localhost/articles/" + WebFixtures.GRADUATE_SUBSIDY_ID);
        Element second = (Element) root.getElementsByTagNameNS(ATOM, "entry").item(1);
        assertThat(text(second, "summary")).isEqualTo("<script>alert(1)</script> & 更多");
    }

    @Test
    void aTopicWithoutArticlesIsAValidEmptyFeedDatedNow() throws Exception {
        given(feeds.entries("足球")).willReturn(List.of());

        var result = mvc.get().uri("/feeds").param("topic", "足球").exchange();

        assertThat(result).hasStatusOk();
        Element root = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(root.getElementsByTagNameNS(ATOM, "entry").getLength()).isZero();
        assertThat(text(root, "updated")).isEqualTo("2026-12-01T08:00:00Z");
    }

    @Test
    void aFeedStaysReadableXmlWhenATopicOrAPageHoldsAControlCharacter() throws Exception {
        given(feeds.entries("征兵\u0001")).willReturn(List.of(
                new TopicFeed.Entry(WebFixtures.graduateSubsidyArticle(), "补贴标准\u000C为每人2000元。\uFFFE")));

        var result = mvc.get().uri("/feeds").param("topic", "征兵\u0001").exchange();

        assertThat(result).hasStatusOk();
        Element root = parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(text(root, "title")).isEqualTo("NewsDesk：征兵");
        assertThat(text(root, "summary")).isEqualTo("补贴标准为每人2000元。");
    }

    @Nested
    class BadTopics {

        @Test
        void noTopicIsA400ThatSaysHowToAsk() {
            assertThat(mvc.get().uri("/feeds")).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson().extractingPath("$.parameter").isEqualTo("topic");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "！？。", "一二三四五六七八九十一二三四五六七"})
        void aTopicThatIsNoTopicIsA400NotA500(String topic) {
            assertThat(mvc.get().uri("/feeds").param("topic", topic)).hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson().extractingPath("$.detail").asString().contains("/feeds?topic=征兵");
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
