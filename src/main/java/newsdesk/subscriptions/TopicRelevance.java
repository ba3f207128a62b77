package newsdesk.subscriptions;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import newsdesk.ingest.Article;
import newsdesk.ingest.ArticleKind;
import newsdesk.search.SearchService;

/**
 * Whether an article is news about a topic, the one rule behind both notifications and feeds. The topic and
 * the article are analysed as the index analyses passages ({@link newsdesk.search.IndexTerms#words}), never parsed as query
 * syntax. An article is about the topic when it holds at least {@code minCoverage} of the topic's words weighted
 * by their idf (a rare word counts for more than 工作), and either its headline names the topic's rarest word or
 * the topic's words occur {@code minMentions} times: 征兵 in a headline or twice in the body is news about it; one
 * 征兵 in a list of a town's month of work is not. A photo's caption is all the photo says, so it counts as the
 * photo's headline (民兵为群众讲解征兵政策。 is about 征兵).
 */
final class TopicRelevance {

    private final SearchService search;
    private final double minCoverage;
    private final int minMentions;

    TopicRelevance(SearchService search, SubscriptionsProperties properties) {
        this.search = search;
        this.minCoverage = properties.minCoverage();
        this.minMentions = properties.minMentions();
    }

    /** A topic's analysed words with their weights, computed once per topic and refresh. */
    TopicWords words(Topic topic) {
        Map<String, Double> weights = new HashMap<>();
        String rarest = "";
        for (String word : new LinkedHashSet<>(search.terms().words(topic.text()))) {
            double idf = search.terms().idf(word);
            if (idf > 0) {
                weights.put(word, idf);
                if (rarest.isEmpty() || idf > weights.get(rarest)) {
                    rarest = word;
                }
            }
        }
        return new TopicWords(topic, Map.copyOf(weights), rarest);
    }

    /** An article's headline words and body word counts, analysed once per article. */
    ArticleWords words(Article article) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : search.terms().words(article.title() + "\n" + article.subtitle() + "\n" + article.body())) {
            counts.merge(word, 1, Integer::sum);
        }
        String headline = article.kind() == ArticleKind.PHOTO ? article.title() + "\n" + article.body() : article.title();
        return new ArticleWords(article, Set.copyOf(search.terms().words(headline)), Map.copyOf(counts));
    }

    boolean about(TopicWords topic, ArticleWords article) {
        return score(topic, article).relevant(minCoverage, minMentions);
    }

    Score score(TopicWords topic, ArticleWords article) {
        double total = 0;
        double present = 0;
        int mentions = 0;
        for (Map.Entry<String, Double> word : topic.weights().entrySet()) {
            total += word.getValue();
            int count = article.counts().getOrDefault(word.getKey(), 0);
            if (count > 0) {
                present += word.getValue();
                mentions += count;
            }
        }
        boolean inHeadline = !topic.rarest().isEmpty() && article.headline().contains(topic.rarest());
        return new Score(total == 0 ? 0 : present / total, mentions, inHeadline);
    }

    record TopicWords(Topic topic, Map<String, Double> weights, String rarest) {
    }

    record ArticleWords(Article article, Set<String> headline, Map<String, Integer> counts) {
    }

    /** What the rule looked at, for its calibration. */
    record Score(double coverage, int mentions, boolean inHeadline) {
        boolean relevant(double minCoverage, int minMentions) {
            return coverage >= minCoverage && (inHeadline || mentions >= minMentions);
        }
    }
}
