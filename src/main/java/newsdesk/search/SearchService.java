package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.document.Document;
import java.util.function.Function;
import newsdesk.ingest.Article;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.store.FSDirectory;
import org.springframework.stereotype.Service;

/**
 * The search feature's facade: builds the passage index from articles and answers questions with
 * ranked passages. Any text is a valid question; text without searchable words finds nothing
 * rather than failing.
 */
@Service
public class SearchService implements AutoCloseable {

    private final SearchProperties properties;
    private final NewsAnalyzers analyzers;
    private final Embedder embedder;
    private final PassageIndex index;
    private final PassageSplitter splitter;
    private final QuestionQuery queries;
    private final Reranker reranker;

    SearchService(SearchProperties properties, NewsAnalyzers analyzers, Embedder embedder) {
        this.properties = properties;
        this.analyzers = analyzers;
        this.embedder = embedder;
        this.index = new PassageIndex(openDirectory(properties.indexDir()), analyzers.perField());
        this.splitter = new PassageSplitter(properties.passageMinChars(), properties.passageMaxChars());
        this.queries = new QuestionQuery(analyzers, properties.bigramBoost(), properties.titleBoost());
        this.reranker = new Reranker(properties.denseWeight());
    }

    /**
     * A second, independent index in {@code indexDir} with the same analysis, model and ranking, for
     * benchmarks that must not touch the served index. The caller closes it.
     */
    public SearchService withIndexAt(Path indexDir) {
        return new SearchService(properties.withIndexDir(indexDir), analyzers, embedder);
    }

    /** Replaces the index with these articles' passages in one commit; vectors as configured. */
    public IndexSummary rebuild(List<Article> articles) {
        return rebuild(articles, "");
    }

    /**
     * Replaces the index with these articles (their passages for search, the whole articles for
     * display) in one commit, recording the fingerprint of the page files they came from.
     */
    public IndexSummary rebuild(List<Article> articles, String fingerprint) {
        List<Passage> passages = new ArrayList<>();
        articles.forEach(article -> passages.addAll(splitter.split(article)));
        Function<Passage, float[]> vectors = properties.embedOnBuild() ? passage -> embedder.embed(passage.text()) : null;
        List<Document> articleDocuments = articles.stream().map(ArticleDocuments::toDocument).toList();
        return index.build(passages, articleDocuments, vectors, coverageData(articles, fingerprint));
    }

    private static Map<String, String> coverageData(List<Article> articles, String fingerprint) {
        Map<String, String> data = new HashMap<>();
        data.put(Fields.COMMIT_FINGERPRINT, fingerprint);
        data.put(Fields.COMMIT_PAGE_FILES, Long.toString(articles.stream().map(Article::source).distinct().count()));
        articles.stream().map(Article::date).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(date -> data.put(Fields.COMMIT_FIRST_DATE, date.toString()));
        articles.stream().map(Article::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(date -> data.put(Fields.COMMIT_LAST_DATE, date.toString()));
        return data;
    }

    /** The fingerprint recorded by the last build, empty when there is no index. */
    public Optional<String> indexedFingerprint() {
        return index.open() ? Optional.ofNullable(index.commitData().get(Fields.COMMIT_FINGERPRINT)) : Optional.empty();
    }

    /** How many articles and page files the served index holds, and their date range. */
    public IndexCoverage coverage() {
        if (!index.open()) {
            return IndexCoverage.EMPTY;
        }
        Map<String, String> data = index.commitData();
        String first = data.get(Fields.COMMIT_FIRST_DATE);
        String last = data.get(Fields.COMMIT_LAST_DATE);
        return new IndexCoverage(Integer.parseInt(data.getOrDefault(Fields.COMMIT_ARTICLES, "0")),
                Integer.parseInt(data.getOrDefault(Fields.COMMIT_PAGE_FILES, "0")),
                first == null ? null : LocalDate.parse(first), last == null ? null : LocalDate.parse(last));
    }

    /** The whole article behind a citation. */
    public Optional<Article> article(String articleId) {
        return index.open() ? index.article(articleId).map(ArticleDocuments::toArticle) : Optional.empty();
    }

    /** A text's words in order, analysed exactly as passages are, for the answer layer's sentence scoring. */
    public List<String> words(String text) {
        return QuestionQuery.tokens(analyzers.words(), Fields.TEXT_WORDS, text);
    }

    /** Inverse document frequency of a word over the passages (BM25's form); 0 without an index. */
    public double idf(String word) {
        if (!index.open()) {
            return 0;
        }
        long[] frequency = index.documentFrequency(Fields.TEXT_WORDS, word);
        double docFreq = frequency[0];
        double docCount = Math.max(1, frequency[1]);
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** Replaces the index with ready-made passages, with or without vectors. */
    public IndexSummary rebuildPassages(List<Passage> passages, boolean embed) {
        Function<Passage, float[]> vectors = embed ? passage -> embedder.embed(passage.text()) : null;
        return index.build(passages, vectors);
    }

    /** Starts serving an index built earlier; false when there is none yet. */
    public boolean open() {
        return index.open();
    }

    /** Articles in the served index; 0 when there is no index. */
    public int articleCount() {
        if (!index.open()) {
            return 0;
        }
        return Integer.parseInt(index.commitData().getOrDefault(Fields.COMMIT_ARTICLES, "0"));
    }

    /** The {@code k} best passages, re-ranked by the dense model when the index has vectors. */
    public List<PassageHit> search(String question, int k) {
        return search(question, k, Ranking.RERANKED);
    }

    public List<PassageHit> search(String question, int k, Ranking ranking) {
        if (k <= 0 || !index.open()) {
            return List.of();
        }
        String cut = question.length() > properties.maxQuestionChars()
                ? question.substring(0, properties.maxQuestionChars()) : question;
        BooleanQuery query = queries.build(cut);
        boolean dense = ranking == Ranking.RERANKED && hasVectors();
        if (!dense) {
            return query.clauses().isEmpty() ? List.of()
                    : index.search(query, k).stream().map(SearchService::lexicalHit).toList();
        }
        float[] vector = embedder.embed(cut);
        if (query.clauses().isEmpty()) {
            // Nothing to match lexically (an English question, say): the nearest passages are the only
            // evidence, and their cosine tells the answer layer how weak it is. Text without a single
            // letter or digit (emoji, punctuation) asks nothing, so it finds nothing.
            return Embedder.hasMeaning(cut)
                    ? index.nearest(vector, k).stream().map(SearchService::denseHit).toList() : List.of();
        }
        List<PassageHit> hits = reranker.rerank(index.search(query, Math.max(k, properties.rerankCandidates())),
                vector);
        return hits.subList(0, Math.min(k, hits.size()));
    }

    /** The model's unit vector for any text (a question, a sentence); for the answer layer's similarity. */
    public float[] embed(String text) {
        return embedder.embed(text);
    }

    private boolean hasVectors() {
        return Boolean.parseBoolean(index.commitData().get(Fields.COMMIT_EMBEDDED));
    }

    private static PassageHit lexicalHit(IndexedPassage found) {
        return new PassageHit(found.passage(), found.score(), found.score(), Double.NaN);
    }

    private static PassageHit denseHit(IndexedPassage found) {
        return new PassageHit(found.passage(), found.score(), 0, found.score());
    }

    private static FSDirectory openDirectory(Path indexDir) {
        try {
            return FSDirectory.open(indexDir);
        } catch (IOException e) {
            throw new UncheckedIOException("index folder " + indexDir + " cannot be used", e);
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
