package newsdesk.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsdesk.ingest.Article;
import newsdesk.search.ArticleMatch;
import newsdesk.search.ArticleQuery;
import newsdesk.search.SearchService;
import newsdesk.text.SentenceSplitter;
import org.jspecify.annotations.Nullable;

/**
 * A broad question's answer: the articles on its topic (all articles when it names none), newest first,
 * one item per article with the sentence that says what the article is.
 */
final class ArticleLists {

    private final SearchService search;
    private final ArticleListProperties properties;
    private final String noAnswerText;
    private final SentenceSplitter splitter = new SentenceSplitter();

    ArticleLists(SearchService search, ArticleListProperties properties, String noAnswerText) {
        this.search = search;
        this.properties = properties;
        this.noAnswerText = noAnswerText;
    }

    /**
     * @param topic    the question's topic words; none lists the newest articles
     * @param from     first day of the asked-for range, or null for no lower bound
     * @param to       last day of the asked-for range, or null for no upper bound
     */
    Answer list(String question, List<String> topic, @Nullable LocalDate from, @Nullable LocalDate to, long tookMs) {
        String words = String.join(" ", topic);
        List<ArticleMatch> matches = search.searchArticles(
                new ArticleQuery(words, from, to, null, 1, properties.maxItems())).matches();
        List<Citation> items = new ArrayList<>(matches.size());
        for (ArticleMatch match : newestFirst(matches)) {
            search.article(match.articleId()).filter(article -> onTopic(article, topic))
                    .ifPresent(article -> items.add(item(match, article, topic)));
        }
        if (items.isEmpty()) {
            String text = topic.isEmpty() ? noAnswerText : properties.noneText().replace("{topic}", words);
            return new Answer(question, AnswerStatus.NONE, text, List.of(), tookMs, null, AnswerKind.LIST);
        }
        return new Answer(question, AnswerStatus.ANSWERED, properties.text(), items, tookMs, null, AnswerKind.LIST);
    }

    /** Whether the article holds enough of the topic: all of it in weight, less the share a wording may miss. */
    private boolean onTopic(Article article, List<String> topic) {
        if (topic.isEmpty()) {
            return true;
        }
        String text = article.title() + "\n" + article.body();
        double total = topic.stream().mapToDouble(search.terms()::idf).sum();
        double held = topic.stream().filter(text::contains).mapToDouble(search.terms()::idf).sum();
        return total > 0 && held >= total * properties.minCoverage();
    }

    /** Newest first; on one date the better match first, as the listing ranked them. */
    private static List<ArticleMatch> newestFirst(List<ArticleMatch> matches) {
        List<ArticleMatch> ordered = new ArrayList<>(matches);
        ordered.sort(Comparator.comparing((ArticleMatch match) -> match.date().last(),
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
        return ordered;
    }

    private Citation item(ArticleMatch match, Article article, List<String> topic) {
        return new Citation(match.articleId(), article.displayTitle(), match.date(), match.page(), match.source(),
                tellingSentence(article, topic), match.score());
    }

    /**
     * The sentence that says what the article is: its lead, unless a later sentence holds more of the
     * topic's words (a report that mentions 红色物业 only in its third paragraph is listed for that).
     */
    private String tellingSentence(Article article, List<String> topic) {
        List<String> sentences = splitter.split(article.body());
        if (sentences.isEmpty()) {
            return article.displayTitle();
        }
        String best = sentences.getFirst();
        long bestCount = topicWordsIn(best, topic);
        for (String sentence : sentences) {
            long count = topicWordsIn(sentence, topic);
            if (count > bestCount) {
                best = sentence;
                bestCount = count;
            }
        }
        return best;
    }

    private static long topicWordsIn(String sentence, List<String> topic) {
        return topic.stream().filter(sentence::contains).count();
    }
}
