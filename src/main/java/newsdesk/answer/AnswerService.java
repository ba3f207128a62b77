package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.ingest.Article;
import newsdesk.search.IndexCoverage;
import newsdesk.search.Passage;
import newsdesk.search.PassageHit;
import newsdesk.search.SearchService;
import newsdesk.text.SentenceSplitter;
import org.springframework.stereotype.Service;

/**
 * The answer feature's facade: question in, cited answer or honest abstention out. Every answer
 * sentence is quoted verbatim from a cleaned article; nothing is composed.
 */
@Service
public class AnswerService implements AnswerEngine {

    private final SearchService search;
    private final AnswerProperties properties;
    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TermStatistics statistics;
    private final SentenceScorer scorer;

    AnswerService(SearchService search, AnswerProperties properties) {
        this.search = search;
        this.properties = properties;
        this.statistics = new SearchTermStatistics(search);
        this.scorer = new SentenceScorer(statistics);
    }

    @Override
    public Answer answer(String rawQuestion) {
        long start = System.nanoTime();
        String question = rawQuestion == null ? "" : rawQuestion.strip();
        String normalized = normalizer.normalize(question);
        Question parsed = Question.of(normalized, statistics);
        if (parsed.terms().isEmpty() && parsed.bigrams().isEmpty()) {
            return new Answer(question, false, properties.emptyQuestionText(), List.of(), millisSince(start));
        }
        List<PassageHit> hits = search.search(normalized, properties.passages());
        List<Candidate> candidates = candidates(parsed, hits);
        if (candidates.isEmpty() || !confident(parsed, hits, candidates)) {
            return new Answer(question, false, properties.noAnswerText(), suggestions(hits), millisSince(start));
        }
        Candidate best = candidates.getFirst();
        return new Answer(question, true, best.sentence().sentence(), citations(candidates), millisSince(start));
    }

    /**
     * The sentence this service would quote first from passages retrieved elsewhere (a benchmark's
     * own index), weighing words by that index's statistics.
     */
    public Optional<String> quote(String rawQuestion, List<PassageHit> hits, SearchService index) {
        TermStatistics indexStatistics = new SearchTermStatistics(index);
        Question question = Question.of(normalizer.normalize(rawQuestion), indexStatistics);
        SentenceScorer indexScorer = new SentenceScorer(indexStatistics);
        List<PassageHit> best = hits.subList(0, Math.min(properties.passages(), hits.size()));
        return candidates(question, best, indexScorer).stream().findFirst().map(c -> c.sentence().sentence());
    }

    /** Every sentence of the retrieved passages, best answer first. */
    private List<Candidate> candidates(Question question, List<PassageHit> hits) {
        return candidates(question, hits, scorer);
    }

    private List<Candidate> candidates(Question question, List<PassageHit> hits, SentenceScorer scorer) {
        List<SentenceScorer.Candidate> sentences = new ArrayList<>();
        List<Passage> passageOf = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            Passage passage = hits.get(rank).passage();
            for (String sentence : splitter.split(passage.text())) {
                sentences.add(new SentenceScorer.Candidate(sentence, rank, passage.title()));
                passageOf.add(passage);
            }
        }
        List<ScoredSentence> scored = scorer.score(question, sentences);
        List<Candidate> candidates = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            candidates.add(new Candidate(passageOf.get(i), scored.get(i)));
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> c.sentence().score()).reversed());
        return candidates;
    }

    /**
     * Whether the paper really speaks of the question. BM25 scores grow with question length and do
     * not compare across questions, so the evidence is the share of the question's term weight that
     * the best passages hold, and the dense model's cosine.
     */
    private boolean confident(Question question, List<PassageHit> hits, List<Candidate> candidates) {
        double coverage = 0;
        double cosine = 0;
        for (int rank = 0; rank < Math.min(3, hits.size()); rank++) {
            PassageHit hit = hits.get(rank);
            Set<String> terms = new HashSet<>(statistics.terms(hit.passage().title()));
            for (Candidate candidate : candidates) {
                if (candidate.sentence().passageRank() == rank) {
                    terms.addAll(candidate.sentence().terms());
                }
            }
            coverage = Math.max(coverage, SentenceScorer.coverage(question, terms));
            if (!Double.isNaN(hit.cosine())) {
                cosine = Math.max(cosine, hit.cosine());
            }
        }
        return coverage >= properties.minCoverage() || cosine >= properties.minCosine();
    }

    /** One citation per article, in the order of the article's best sentence; the excerpt is that sentence. */
    private List<Citation> citations(List<Candidate> candidates) {
        Map<String, Candidate> bestPerArticle = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            bestPerArticle.putIfAbsent(candidate.passage().articleId(), candidate);
        }
        // Another article is cited only when its best sentence answers nearly as well: a citation
        // that does not support the answer misleads more than a missing one.
        double floor = candidates.getFirst().sentence().score() * properties.citationShare();
        return bestPerArticle.values().stream()
                .filter(candidate -> candidate.sentence().score() >= floor)
                .limit(properties.citations())
                .map(candidate -> citation(candidate.passage(), candidate.sentence().sentence(),
                        candidate.sentence().score()))
                .toList();
    }

    /** The closest articles, offered when the paper has no answer. */
    private List<Citation> suggestions(List<PassageHit> hits) {
        Map<String, PassageHit> bestPerArticle = new LinkedHashMap<>();
        hits.forEach(hit -> bestPerArticle.putIfAbsent(hit.passage().articleId(), hit));
        return bestPerArticle.values().stream()
                .limit(properties.citations())
                .map(hit -> citation(hit.passage(), splitter.split(hit.passage().text()).stream().findFirst().orElse(""),
                        hit.score()))
                .toList();
    }

    private static Citation citation(Passage passage, String excerpt, double score) {
        return new Citation(passage.articleId(), passage.title(), passage.date(), passage.page(), passage.source(),
                excerpt, score);
    }

    @Override
    public Optional<Article> article(String articleId) {
        return search.article(articleId);
    }

    @Override
    public CorpusSummary summary() {
        IndexCoverage coverage = search.coverage();
        return new CorpusSummary(coverage.articles(), coverage.pageFiles(), coverage.firstDate(), coverage.lastDate());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A sentence of a retrieved passage, scored as an answer. */
    record Candidate(Passage passage, ScoredSentence sentence) {
    }
}
