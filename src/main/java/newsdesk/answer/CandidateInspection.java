package newsdesk.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import newsdesk.answer.dates.QuestionDates;
import newsdesk.search.PassageHit;
import newsdesk.search.SearchService;
import newsdesk.search.Thesaurus;
import newsdesk.search.WordTagger;

/**
 * A question's candidate sentences without an answer decided: what {@code ask --explain} prints, and what the
 * weights are fitted on, whether on the served index or on a benchmark's own.
 */
final class CandidateInspection {

    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final WordTagger tagger;
    private final Thesaurus thesaurus;
    private final TermStatistics statistics;
    private final SentenceScorer scorer;
    private final Verdict verdict;
    private final AnswerScope scopes;
    private final CandidateSentences sentences;
    private final int passages;

    CandidateInspection(WordTagger tagger, Thesaurus thesaurus, TermStatistics statistics, SentenceScorer scorer, Verdict verdict,
                        AnswerScope scopes, CandidateSentences sentences, int passages) {
        this.tagger = tagger;
        this.thesaurus = thesaurus;
        this.statistics = statistics;
        this.scorer = scorer;
        this.verdict = verdict;
        this.scopes = scopes;
        this.sentences = sentences;
        this.passages = passages;
    }

    /** A question asked of the served index on {@code today} and its candidates. */
    record Examined(Question question, List<PassageHit> hits, List<AnswerService.Candidate> candidates) {
    }

    Examined examine(String rawQuestion, LocalDate today) {
        String normalized = normalizer.normalize(rawQuestion == null ? "" : rawQuestion);
        QuestionDates dated = QuestionDates.in(normalized, today);
        Question parsed = Question.of(dated.text(), normalized, statistics);
        List<PassageHit> hits = scopes.hits(parsed, scopes.of(parsed, dated.range()), dated.range());
        return new Examined(parsed, hits, sentences.rank(parsed, hits, scorer, null));
    }

    /** The best {@code limit} candidates, each with its score's parts and a line on how the question was read. */
    List<AnswerService.Explained> explain(String rawQuestion, LocalDate today, int limit) {
        Examined examined = examine(rawQuestion, today);
        Question parsed = examined.question();
        List<PassageHit> hits = examined.hits();
        double[] topic = verdict.topicEvidence(parsed, hits, examined.candidates());
        String weights = parsed.terms().stream()
                .map(term -> "%s:%.1f%s".formatted(term, parsed.weights().getOrDefault(term, 0.0),
                        parsed.standIns().containsKey(term) ? "→" + parsed.standIns().get(term) : ""))
                .collect(Collectors.joining(" "));
        String header = "%s focus=%s absent names=%s coverage=%.2f cosine=%.2f terms=%s".formatted(parsed.type(),
                parsed.focus(), verdict.absentNames(parsed, hits), topic[0], topic[1], weights);
        return examined.candidates().stream().limit(limit)
                .map(candidate -> new AnswerService.Explained(candidate.sentence().sentence(), header,
                        candidate.sentence().score(), scorer.weights().explain(candidate.sentence().features())))
                .toList();
    }

    /** Candidates for passages retrieved from another index, with words weighed by that index's statistics. */
    List<AnswerService.Candidate> rankedElsewhere(String rawQuestion, List<PassageHit> hits, SearchService index) {
        TermStatistics indexStatistics = new SearchTermStatistics(index, tagger, thesaurus);
        Question question = Question.of(normalizer.normalize(rawQuestion), indexStatistics);
        List<PassageHit> best = hits.subList(0, Math.min(passages, hits.size()));
        return sentences.rank(question, best, new SentenceScorer(indexStatistics, scorer.weights()), null);
    }

    static List<AnswerService.FeatureRow> rows(List<AnswerService.Candidate> candidates) {
        return candidates.stream()
                .map(candidate -> new AnswerService.FeatureRow(candidate.sentence().sentence(),
                        candidate.sentence().features()))
                .toList();
    }
}
