package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.ingest.Article;
import newsdesk.search.IndexCoverage;
import newsdesk.search.Passage;
import newsdesk.search.PassageHit;
import newsdesk.search.SearchService;
import newsdesk.search.WordTagger;
import newsdesk.text.SentenceSplitter;
import org.springframework.stereotype.Service;

/**
 * The answer feature's facade: question in, cited answer or honest "the paper does not say" out.
 * Every answer sentence is quoted verbatim from a cleaned article; nothing is composed.
 */
@Service
public class AnswerService implements AnswerEngine {

    private final SearchService search;
    private final AnswerProperties properties;
    private final WordTagger tagger;
    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TermStatistics statistics;
    private final SentenceScorer scorer;
    private final Verdict verdict;
    private final AnswerWording wording;
    private final BroadQuestions broad;
    private final ArticleLists lists;
    private final NewestEdition edition;

    AnswerService(SearchService search, AnswerProperties properties, WordTagger tagger,
                  ArticleListProperties listProperties) {
        this.search = search;
        this.properties = properties;
        this.tagger = tagger;
        this.statistics = new SearchTermStatistics(search, tagger);
        this.scorer = new SentenceScorer(statistics, SentenceWeights.fitted());
        this.verdict = new Verdict(properties, statistics);
        this.wording = new AnswerWording(properties);
        this.broad = new BroadQuestions(statistics);
        this.lists = new ArticleLists(search, listProperties, properties.noAnswerText());
        this.edition = new NewestEdition(search);
    }

    @Override
    public Answer answer(String rawQuestion) {
        long start = System.nanoTime();
        String question = rawQuestion == null ? "" : rawQuestion.strip();
        Question parsed = Question.of(normalizer.normalize(question), statistics);
        if (parsed.terms().isEmpty() && parsed.bigrams().isEmpty()) {
            return new Answer(question, AnswerStatus.NONE, properties.emptyQuestionText(), List.of(), millisSince(start));
        }
        Optional<List<String>> broadTopic = broad.topic(parsed);
        if (broadTopic.isPresent()) {
            // No date range yet: the question's 最近 / 今天 / 上个月 become from…to here once questions carry dates.
            return lists.list(question, broadTopic.get(), null, null, millisSince(start));
        }
        List<PassageHit> hits = search.search(parsed.text(), properties.passages());
        List<Candidate> candidates = candidates(parsed, hits, scorer);
        Verdict.Outcome outcome = verdict.decide(parsed, hits, candidates);
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
                Candidate best = outcome.answer().orElseThrow();
                String quote = quote(best);
                yield new Answer(question, AnswerStatus.ANSWERED, quote, wording.citations(best, quote, candidates),
                        millisSince(start));
            }
        };
    }

    /**
     * The sentence this service would quote first from passages retrieved elsewhere (a benchmark's
     * own index), weighing words by that index's statistics.
     */
    public Optional<String> quote(String rawQuestion, List<PassageHit> hits, SearchService index) {
        return rankedElsewhere(rawQuestion, hits, index).stream().findFirst()
                .map(candidate -> candidate.sentence().sentence());
    }

    /** Every candidate sentence's features for passages retrieved elsewhere, for fitting the weights. */
    public List<FeatureRow> features(String rawQuestion, List<PassageHit> hits, SearchService index) {
        return rankedElsewhere(rawQuestion, hits, index).stream()
                .map(candidate -> new FeatureRow(candidate.sentence().sentence(), candidate.sentence().features()))
                .toList();
    }

    /** The candidate sentences of a question with each feature's part of their score, best first. */
    public List<Explained> explain(String rawQuestion, int limit) {
        Question parsed = Question.of(normalizer.normalize(rawQuestion == null ? "" : rawQuestion), statistics);
        List<PassageHit> hits = search.search(parsed.text(), properties.passages());
        List<Candidate> candidates = candidates(parsed, hits, scorer);
        double[] topic = verdict.topicEvidence(parsed, hits, candidates);
        String header = "%s focus=%s absent names=%s coverage=%.2f cosine=%.2f".formatted(parsed.type(), parsed.focus(),
                verdict.absentNames(parsed, hits), topic[0], topic[1]);
        return candidates.stream().limit(limit)
                .map(candidate -> new Explained(candidate.sentence().sentence(), header,
                        candidate.sentence().score(), scorer.weights().explain(candidate.sentence().features())))
                .toList();
    }

    private List<Candidate> rankedElsewhere(String rawQuestion, List<PassageHit> hits, SearchService index) {
        TermStatistics indexStatistics = new SearchTermStatistics(index, tagger);
        Question question = Question.of(normalizer.normalize(rawQuestion), indexStatistics);
        List<PassageHit> best = hits.subList(0, Math.min(properties.passages(), hits.size()));
        return candidates(question, best, new SentenceScorer(indexStatistics, scorer.weights()));
    }

    /** Every sentence of the retrieved passages, best answer first. */
    private List<Candidate> candidates(Question question, List<PassageHit> hits, SentenceScorer scorer) {
        List<SentenceScorer.Candidate> sentences = new ArrayList<>();
        List<Candidate> placed = new ArrayList<>();
        double top = hits.isEmpty() ? 0 : hits.getFirst().lexicalScore();
        for (int rank = 0; rank < hits.size(); rank++) {
            Passage passage = hits.get(rank).passage();
            double passageScore = top > 0 ? Math.max(0, Math.min(1, hits.get(rank).lexicalScore() / top)) : 0;
            List<String> split = splitter.split(passage.text());
            for (int i = 0; i < split.size(); i++) {
                boolean lead = i == 0 && passage.passageId().endsWith("#0");
                sentences.add(new SentenceScorer.Candidate(split.get(i), rank, passage.title(), lead, passageScore));
                placed.add(new Candidate(passage, split, i, null));
            }
        }
        List<ScoredSentence> scored = scorer.score(question, sentences);
        List<Candidate> candidates = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            Candidate at = placed.get(i);
            candidates.add(new Candidate(at.passage(), at.sentences(), at.index(), scored.get(i)));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.sentence().score()).reversed());
        return candidates;
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
