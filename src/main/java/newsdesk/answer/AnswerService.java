package newsdesk.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsdesk.answer.dates.DateProperties;
import newsdesk.answer.dates.DateRange;
import newsdesk.answer.dates.QuestionDates;
import newsdesk.answer.dates.Recency;
import newsdesk.ingest.Article;
import newsdesk.search.IndexCoverage;
import newsdesk.search.Passage;
import newsdesk.search.PassageHit;
import newsdesk.search.Scope;
import newsdesk.search.SearchService;
import newsdesk.search.Thesaurus;
import newsdesk.search.WordTagger;
import org.springframework.stereotype.Service;

/**
 * The answer feature's facade: question in, cited answer or honest "the paper does not say" out.
 * Every answer sentence is quoted verbatim from a cleaned article; nothing is composed.
 */
@Service
public class AnswerService implements AnswerEngine {

    private final SearchService search;
    private final AnswerProperties properties;
    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final TermStatistics statistics;
    private final SentenceScorer scorer;
    private final Verdict verdict;
    private final AnswerWording wording;
    private final BroadQuestions broad;
    private final ArticleLists lists;
    private final NewestEdition edition;
    private final DateProperties dates;
    private final Clock clock;
    private final AnswerScope scopes;
    private final CandidateSentences sentences;
    private final CandidateInspection inspection;

    AnswerService(SearchService search, AnswerProperties properties, WordTagger tagger, Thesaurus thesaurus,
                  ArticleListProperties listProperties, DateProperties dates, PlaceProperties places, Clock clock) {
        this.search = search;
        this.dates = dates;
        this.clock = clock;
        this.properties = properties;
        this.statistics = new SearchTermStatistics(search, tagger, thesaurus);
        this.scorer = new SentenceScorer(statistics, SentenceWeights.fitted());
        this.verdict = new Verdict(properties, statistics);
        this.wording = new AnswerWording(properties);
        this.scopes = new AnswerScope(search, places, dates, wording, properties.passages());
        this.broad = new BroadQuestions(statistics);
        this.lists = new ArticleLists(search, listProperties, properties.noAnswerText());
        this.edition = new NewestEdition(search);
        this.sentences = new CandidateSentences(dates.recencyWeight());
        this.inspection = new CandidateInspection(tagger, thesaurus, statistics, scorer, verdict, scopes, sentences,
                properties.passages());
    }

    @Override
    public Answer answer(String rawQuestion) {
        return answer(rawQuestion, LocalDate.now(clock));
    }

    @Override
    public Answer answer(String rawQuestion, LocalDate today) {
        long start = System.nanoTime();
        String question = rawQuestion == null ? "" : rawQuestion.strip();
        String normalized = normalizer.normalize(question);
        QuestionDates dated = QuestionDates.in(normalized, today);
        Question parsed = Question.of(dated.text(), normalized, statistics);
        if (parsed.terms().isEmpty() && parsed.bigrams().isEmpty()) {
            return new Answer(question, AnswerStatus.NONE, properties.emptyQuestionText(), List.of(), millisSince(start));
        }
        DateRange range = dated.range();
        Optional<List<String>> broadTopic = broad.topic(parsed);
        if (broadTopic.isPresent()) {
            Answer list = lists.list(question, broadTopic.get(), range == null ? null : range.from(),
                    range == null ? null : range.reportedUntil(), millisSince(start));
            // An empty list for a date range says which dates came up empty, as a single answer does.
            return range != null && list.status() == AnswerStatus.NONE
                    ? scopes.nothingIn(question, parsed, scopes.of(parsed, range).withoutPlaces(), range, millisSince(start))
                    : list;
        }
        Scope scope = scopes.of(parsed, range);
        List<PassageHit> hits = scopes.hits(parsed, scope, range);
        // A date in the question already says which pages count; without one, newer pages win ties.
        Recency recency = range == null ? new Recency(search.latestDate().last(), dates.recencyDays()) : null;
        List<Candidate> candidates = scopes.ofTheAskedYear(sentences.rank(parsed, hits, scorer, recency), range);
        Verdict.Outcome outcome = verdict.decide(parsed, hits, candidates, scope.places());
        // Articles about the asked place that do not answer are no "nothing about that place": the paper has
        // some (搬口街道's recruitment drive for 搬口街道征冰的消息…), so the usual "nothing on this" is the truth.
        boolean placeCovered = range == null && hits.stream()
                .anyMatch(hit -> scope.places().stream().anyMatch(hit.passage()::mentions));
        if (scope.limited() && !placeCovered && outcome.status() == AnswerStatus.NONE) {
            return scopes.nothingIn(question, parsed, scope, range, millisSince(start));
        }
        return switch (outcome.status()) {
            case NONE -> new Answer(question, AnswerStatus.NONE, properties.noAnswerText(), wording.suggestions(hits),
                    millisSince(start));
            case NOT_STATED -> {
                Candidate closest = outcome.answer().orElseThrow();
                yield new Answer(question, AnswerStatus.NOT_STATED, wording.notStated(parsed.type(), closest.passage()),
                        List.of(AnswerWording.citation(closest.passage(), closest.sentence().sentence(),
                                closest.sentence().score())), millisSince(start));
            }
            case ANSWERED -> {
                Candidate chosen = outcome.answer().orElseThrow();
                Optional<Candidate> newer = NewerVersion.of(chosen, candidates, dates.newerVersionShare(),
                        scorer.weights(), search.placeNames()::in);
                Candidate best = newer.orElse(chosen);
                String quote = quote(best);
                List<Citation> citations = newer.isPresent()
                        ? wording.withEarlier(best, quote, chosen)
                        : wording.citations(best, quote, candidates);
                yield new Answer(question, AnswerStatus.ANSWERED, quote, citations, millisSince(start));
            }
        };
    }

    /**
     * The sentence this service would quote first from passages retrieved elsewhere (a benchmark's
     * own index), weighing words by that index's statistics.
     */
    public Optional<String> quote(String rawQuestion, List<PassageHit> hits, SearchService index) {
        return inspection.rankedElsewhere(rawQuestion, hits, index).stream().findFirst()
                .map(candidate -> candidate.sentence().sentence());
    }

    /** Every candidate sentence's features for passages retrieved elsewhere, for fitting the weights. */
    public List<FeatureRow> features(String rawQuestion, List<PassageHit> hits, SearchService index) {
        return CandidateInspection.rows(inspection.rankedElsewhere(rawQuestion, hits, index));
    }

    /** The candidate sentences of a question with each feature's part of their score, best first. */
    public List<Explained> explain(String rawQuestion, int limit) {
        return explain(rawQuestion, LocalDate.now(clock), limit);
    }

    /** The same, for the question asked on {@code today}: only pages of its date range compete. */
    public List<Explained> explain(String rawQuestion, LocalDate today, int limit) {
        return inspection.explain(rawQuestion, today, limit);
    }

    /**
     * Every candidate sentence's features for a question asked of the served index on {@code today}, by the
     * path {@link #explain} takes: for fitting the weights on questions of the paper itself.
     */
    public List<FeatureRow> features(String rawQuestion, LocalDate today) {
        return CandidateInspection.rows(inspection.examine(rawQuestion, today).candidates());
    }

    private static String quote(Candidate best) {
        return String.join("", ContextQuote.around(best.sentences(), best.index()));
    }

    @Override
    public Optional<Article> article(String articleId) {
        return search.article(articleId);
    }

    @Override
    public Edition newestEdition() {
        return edition.find();
    }

    @Override
    public CorpusSummary summary() {
        IndexCoverage coverage = search.coverage();
        return new CorpusSummary(coverage.articles(), coverage.pageFiles(), coverage.firstDate(), coverage.lastDate());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A sentence of a retrieved passage, scored as an answer: sentence {@code index} of the passage's {@code sentences}. */
    record Candidate(Passage passage, List<String> sentences, int index, ScoredSentence sentence) {
    }

    /** One candidate sentence with its features, for fitting. */
    public record FeatureRow(String sentence, SentenceFeatures features) {
    }

    /** One candidate sentence with its score broken down, for {@code ask --explain}. */
    public record Explained(String sentence, String answerType, double score, List<SentenceWeights.Contribution> parts) {
    }
}
