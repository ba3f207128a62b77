package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import newsdesk.ingest.Article;
import newsdesk.text.QuestionLimit;
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
    private final Places places;
    private final CitizenWording wording;
    private final MissingWords missing;
    private final ArticleListing listing;

    SearchService(SearchProperties properties, NewsAnalyzers analyzers, Embedder embedder, CitizenWording wording) {
        this.properties = properties;
        this.analyzers = analyzers;
        this.embedder = embedder;
        this.wording = wording;
        this.index = new PassageIndex(openDirectory(properties.indexDir()), analyzers.perField());
        this.missing = new MissingWords(wording, new IndexVocabulary(index), this::words, properties.synonymBoost(),
                properties.homophoneBoost());
        this.splitter = new PassageSplitter(properties.passageMinChars(), properties.passageMaxChars());
        this.queries = new QuestionQuery(analyzers, properties.bigramBoost(), properties.titleBoost());
        this.reranker = new Reranker(properties.denseWeight());
        this.places = Places.from(LocalNames.read(properties.userDictionary()));
        this.listing = new ArticleListing(index, queries, missing, this::words);
    }

    /**
     * A second, independent index in {@code indexDir} with the same analysis, model and ranking, for
     * benchmarks that must not touch the served index. The caller closes it.
     */
    public SearchService withIndexAt(Path indexDir) {
        return new SearchService(properties.withIndexDir(indexDir), analyzers, embedder, wording);
    }

    /** Replaces the index with these articles' passages in one commit; vectors as configured. */
    public IndexSummary rebuild(List<Article> articles) {
        return rebuild(articles, Map.of());
    }

    /**
     * Replaces the index with these articles (their passages for search, the whole articles for
     * display) in one commit, recording the content hash of each page file they came from.
     */
    public IndexSummary rebuild(List<Article> articles, Map<String, String> fileHashes) {
        return index.write(change(true, Set.of(), articles, fileHashes));
    }

    /**
     * Replaces the documents of the given page files by their new articles and deletes those of
     * removed files, in one commit. Other files' documents, vectors included, are left as they are.
     */
    public IndexSummary update(Map<String, List<Article>> articlesBySource, Set<String> removedSources,
                               Map<String, String> fileHashes) {
        Set<String> deleted = new HashSet<>(removedSources);
        deleted.addAll(articlesBySource.keySet());
        List<Article> added = articlesBySource.values().stream().flatMap(List::stream).toList();
        return index.write(change(false, deleted, added, fileHashes));
    }

    private IndexChange change(boolean replaceAll, Set<String> removedSources, List<Article> articles,
                               Map<String, String> fileHashes) {
        List<Passage> passages = new ArrayList<>();
        Map<String, List<String>> placesByArticle = new HashMap<>();
        for (Article article : articles) {
            passages.addAll(splitter.split(article));
            placesByArticle.put(article.id(), places.in(article.title() + "\n" + article.body()));
        }
        Function<Passage, float[]> vectors = properties.embedOnBuild() ? passage -> embedder.embedForIndex(passage.text()) : null;
        return new IndexChange(replaceAll, removedSources, passages,
                passage -> placesByArticle.getOrDefault(passage.articleId(), List.of()),
                articles.stream().map(ArticleDocuments::toDocument).toList(), vectors,
                fileHashData(fileHashes));
    }

    private static Map<String, String> fileHashData(Map<String, String> fileHashes) {
        Map<String, String> data = new HashMap<>();
        fileHashes.forEach((file, hash) -> data.put(Fields.COMMIT_FILE_HASH_PREFIX + file, hash));
        return data;
    }

    /**
     * The page files the served index was built from, with their content hashes as recorded by the
     * last build or update; empty when there is no index.
     */
    public Map<String, String> indexedFiles() {
        if (!index.open()) {
            return Map.of();
        }
        Map<String, String> files = new HashMap<>();
        index.commitData().forEach((key, value) -> {
            if (key.startsWith(Fields.COMMIT_FILE_HASH_PREFIX)) {
                files.put(key.substring(Fields.COMMIT_FILE_HASH_PREFIX.length()), value);
            }
        });
        return files;
    }

    /** How many articles and page files the served index holds, and their date range. */
    public IndexCoverage coverage() {
        return index.open() ? index.coverage() : IndexCoverage.EMPTY;
    }

    /** The whole articles of one page file, in page order; empty when the file is not indexed. */
    public List<Article> articlesOf(String source) {
        if (!index.open()) {
            return List.of();
        }
        return index.articlesOf(source).stream().map(ArticleDocuments::toArticle)
                .sorted(Comparator.comparingInt(Article::position)).toList();
    }

    /** The place names the place filter knows, in dictionary order. */
    public List<String> places() {
        return places.names();
    }

    /**
     * Articles for a community worker's search: words (none lists everything, newest first),
     * optional date range and place, one page of results, one entry per article with its best passage.
     */
    public ArticleResults searchArticles(ArticleQuery query) {
        return listing.search(query);
    }

    /** The whole article behind a citation. */
    public Optional<Article> article(String articleId) {
        return index.open() ? index.article(articleId).map(ArticleDocuments::toArticle) : Optional.empty();
    }

    /** A text's words in order, analysed exactly as passages are, for the answer layer's sentence scoring. */
    public List<String> words(String text) {
        return QuestionQuery.tokens(analyzers.words(), Fields.TEXT_WORDS, text);
    }

    /**
     * The indexed words search tries for a word the paper does not use: the official words for an
     * everyday one (娃 → 孩子, 子女, from {@code index/dictionary/synonyms.txt}) or the word a
     * one-character homophone typo was meant to be (补帖 → 补贴). Empty when the index holds the word
     * itself or knows nothing like it. The answer layer can use these to match 子女 in a sentence when
     * the citizen wrote 娃.
     */
    public List<String> alternatives(String word) {
        return missing.of(word);
    }

    /**
     * What {@link #search} adds to a question's query: each of its words or phrases that the index
     * lacks (娃, 找工作, 补帖), with the indexed words tried for it, in question order.
     */
    public Map<String, List<String>> alternativesIn(String question) {
        return missing.byMissingWord(question);
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
        Function<Passage, float[]> vectors = embed ? passage -> embedder.embedForIndex(passage.text()) : null;
        return index.build(passages, vectors);
    }

    /** Starts serving an index built earlier; false when there is none yet. */
    public boolean open() {
        return index.open();
    }

    /** Articles in the served index; 0 when there is no index. */
    public int articleCount() {
        return index.open() ? index.articleCount() : 0;
    }

    /** The {@code k} best passages, re-ranked by the dense model when the index has vectors. */
    public List<PassageHit> search(String question, int k) {
        return search(question, k, Ranking.RERANKED);
    }

    public List<PassageHit> search(String question, int k, Ranking ranking) {
        if (k <= 0 || !index.open()) {
            return List.of();
        }
        String cut = QuestionLimit.cut(question);
        BooleanQuery query = queries.build(cut, missing.weights(cut));
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
