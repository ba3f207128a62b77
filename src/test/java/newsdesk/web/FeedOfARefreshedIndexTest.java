package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import newsdesk.ingest.Article;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import newsdesk.subscriptions.SubscriptionsStorage;
import newsdesk.subscriptions.TopicFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feed over a real index: what a refresh adds about the topic is in the next fetch of its feed. */
class FeedOfARefreshedIndexTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONSCRIPTION_PAGE = "004_de095c37571e801a.txt";

    @TempDir
    Path indexDir;

    @Test
    void theFeedParsesAsAtomAndHoldsTheArticlesAPageAboutTheTopicAdded() throws Exception {
        List<Article> before = SamplePages.articles().stream()
                .filter(article -> !article.source().equals(CONSCRIPTION_PAGE)).toList();
        try (SearchService search = SearchFixtures.indexOf(before, indexDir)) {
            new ApplicationContextRunner().with(SubscriptionsStorage.feeds())
                    .withBean(SearchService.class, () -> search)
                    .run(context -> {
                        MockMvcTester feeds = MockMvcTester.create(MockMvcBuilders.standaloneSetup(
                                new FeedController(context.getBean(TopicFeed.class), Clock.systemUTC())).build());
                        assertThat(titles(feeds)).isEmpty();

                        search.rebuild(SamplePages.articles());

                        assertThat(titles(feeds)).containsExactly("开展征兵宣传 激发青年入伍热情", "民兵为群众讲解征兵政策。");
                    });
        }
    }

    private static List<String> titles(MockMvcTester feeds) throws Exception {
        var result = feeds.get().uri("/feeds").param("topic", "征兵").exchange();
        assertThat(result).hasStatusOk();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                result.getResponse().getContentAsString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        IntStream.range(0, entries.getLength()).forEach(i -> {
            Element entry = (Element) entries.item(i);
            assertThat(entry.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent()).contains("征兵");
            titles.add(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent());
        });
        return titles;
    }
}
