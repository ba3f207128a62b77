package newsdesk.subscriptions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsdesk.ingest.Article;
import newsdesk.search.ArticleQuery;
import newsdesk.search.ArticleResults;
import newsdesk.search.SearchService;

/**
 * A topic's newest articles for an Atom feed: the articles search finds for its words, kept when they are
 * about the topic by the same rule as notifications ({@link TopicRelevance}), newest first.
 */
public class TopicFeed {

    /** Candidates read from search: more than a feed shows, since the rule drops passing mentions. */
    private static final int CANDIDATES = 100;
    private static final int EXCERPT_CHARS = 200;

    private final SearchService search;
    private final TopicRelevance relevance;
    private final int entries;

    TopicFeed(SearchService search, TopicRelevance relevance, SubscriptionsProperties properties) {
        this.search = search;
        this.relevance = relevance;
        this.entries = properties.feedEntries();
    }

    /** One feed entry: the article and its passage that matched the topic best. */
    public record Entry(Article article, String excerpt) {
    }

    /** The topic as a feed stores it; empty for text that is no topic (blank, too long, only punctuation). */
    public Optional<String> topic(String typed) {
        return Topic.parse(typed).map(Topic::text);
    }

    /** @throws IllegalArgumentException when {@code typed} is no topic ({@link #topic}) */
    public List<Entry> entries(String typed) {
        Topic topic = Topic.parse(typed).orElseThrow(() -> new IllegalArgumentException("not a topic: " + typed));
        TopicRelevance.TopicWords words = relevance.words(topic);
        ArticleResults found = search.searchArticles(new ArticleQuery(topic.text(), null, null, null, 1, CANDIDATES));
        return found.matches().stream()
                .flatMap(match -> search.article(match.articleId()).stream()
                        .filter(article -> relevance.about(words, relevance.words(article)))
                        .map(article -> new Entry(article, excerpt(match.excerpt()))))
                .sorted(Comparator.comparing((Entry entry) -> entry.article().date().last(),
                                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                        .thenComparing(entry -> entry.article().id()))
                .limit(entries)
                .toList();
    }

    private static String excerpt(String passage) {
        String line = passage.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= EXCERPT_CHARS ? line
                : line.substring(0, line.offsetByCodePoints(0, EXCERPT_CHARS)) + "…";
    }
}
