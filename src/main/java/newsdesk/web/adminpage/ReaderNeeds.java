package newsdesk.web.adminpage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsdesk.answer.CitationLine;
import newsdesk.feedback.AskedQuestion;
import newsdesk.feedback.ReaderQuestions;
import newsdesk.search.SearchService;

/** The period's unserved questions as rows of needs, the most asked first. */
final class ReaderNeeds {

    static final int WORDINGS_SHOWN = 3;
    static final int ARTICLES_SHOWN = 3;
    private static final int WORDS_SHOWN = 4;

    private final ReaderQuestions questions;
    private final NeedGrouping grouping;
    private final SearchService search;

    ReaderNeeds(ReaderQuestions questions, NeedGrouping grouping, SearchService search) {
        this.questions = questions;
        this.grouping = grouping;
        this.search = search;
    }

    List<ReaderNeed> of(LocalDate from, LocalDate to) {
        return grouping.group(questions.unserved(from, to)).stream()
                .map(this::row)
                .sorted(Comparator.comparingInt(ReaderNeed::asked).reversed())
                .toList();
    }

    private ReaderNeed row(List<NeedGrouping.Read> group) {
        List<AskedQuestion> asked = group.stream().map(NeedGrouping.Read::asked).toList();
        return new ReaderNeed(words(group), group.getFirst().kind(), asked.size(),
                count(asked, "none"), count(asked, "not_stated"),
                mostFrequent(asked.stream().map(AskedQuestion::question).toList(), WORDINGS_SHOWN),
                asked.stream().filter(AskedQuestion::disliked).toList(),
                mostFrequent(asked.stream().flatMap(q -> q.articleIds().stream()).toList(), ARTICLES_SHOWN).stream()
                        .map(this::article).toList());
    }

    /** Words weighed by how often the group uses them and how rare they are in the paper. */
    private static List<String> words(List<NeedGrouping.Read> group) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (NeedGrouping.Read read : group) {
            read.terms().forEach(term -> score.merge(term, Math.max(read.weights().getOrDefault(term, 0.0), 1.0),
                    Double::sum));
        }
        return score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(WORDS_SHOWN).map(Map.Entry::getKey).toList();
    }

    private static int count(List<AskedQuestion> asked, String outcome) {
        return (int) asked.stream().filter(q -> q.outcome().equals(outcome)).count();
    }

    /** Distinct values, the most frequent first, ties in first-seen order. */
    private static List<String> mostFrequent(List<String> values, int limit) {
        Map<String, Long> counts = values.stream()
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * Where an article was printed as citations name it (2023年11月 第1版), 日期不详 where the date is unknown; an
     * article gone from the index since (its page replaced) is still listed by id.
     */
    private ReaderNeed.ClosestArticle article(String id) {
        return search.article(id)
                .map(a -> new ReaderNeed.ClosestArticle(id, a.title().isEmpty() ? "（无标题）" : a.title(),
                        ((a.date().known() ? "" : a.date().printed() + " ") + CitationLine.where(a.date(), a.page()))
                                .strip()))
                .orElse(new ReaderNeed.ClosestArticle(id, id, "已不在索引中"));
    }
}
