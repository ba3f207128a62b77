package newsdesk.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import newsdesk.answer.dates.QuestionDates;
import newsdesk.search.SearchService;
import newsdesk.search.WordTagger;
import org.springframework.stereotype.Service;

/**
 * A question as the answer engine reads it, for front ends that compare questions with each other (the
 * admin page's "what readers ask"): the same normalisation, date words out, cue words out and the same
 * HanLP analysis as {@link AnswerService}, so two wordings count as one need exactly when the engine would
 * search them alike.
 */
@Service
public class QuestionAnalysis {

    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final TermStatistics statistics;

    QuestionAnalysis(SearchService search, WordTagger tagger) {
        this.statistics = new SearchTermStatistics(search, tagger);
    }

    /**
     * @param terms  the content words, question and date words taken out, in question order
     * @param weights each term's idf in the index (0 for a word the paper never prints, or without an index)
     * @param kind   what the question asks for ({@code PHONE}, {@code TIME_OF_DAY}, {@code MONEY}, … or {@code OTHER})
     */
    public record Analysed(List<String> terms, Map<String, Double> weights, String kind) {
    }

    public Analysed analyse(String rawQuestion) {
        String normalized = normalizer.normalize(rawQuestion == null ? "" : rawQuestion);
        // Any day will do: only the text with its date words taken out is used, not the range they name.
        String undated = QuestionDates.in(normalized, LocalDate.EPOCH).text();
        Question question = Question.of(undated, normalized, statistics);
        return new Analysed(question.terms(), question.weights(), question.type().name());
    }
}
