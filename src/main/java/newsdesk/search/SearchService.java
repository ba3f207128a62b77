package newsdesk.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import newsdesk.ingest.Article;
import newsdesk.ingest.PublicationDate;
import org.springframework.stereotype.Service;

/**
 * The search feature's facade: keeps the passage index in step with the articles, answers questions
 * with ranked passages, lists articles for the community workers' search and tells the answer layer
 * how the index sees words. Each job is a class of its own behind it. Any text is a valid question;
 * text without searchable words finds nothing rather than failing.
 */
@Service
public class SearchService implements AutoCloseable {

    private final SearchProperties properties;
    private final NewsAnalyzers analyzers;
    private final Embedder embedder;
    private final CitizenWording wording;
    private final PassageIndex index;
    private final PlaceNames places;
    private final MissingWords missing;
    private final IndexTerms terms;
    private final IndexUpdates updates;
    private final PassageRetrieval retrieval;
    private final ArticleListing listing;
    private final WholeArticles articles;
    private final EmbeddingProperties embedding;
    private final VectorFill vectors;

    private final WordTagger tagger;

    SearchService(SearchProperties properties, EmbeddingProperties embedding, NewsAnalyzers analyzers,
                  Embedder embedder, CitizenWording wording, WordTagger tagger) {
        this.properties = properties;
        this.embedding = embedding;
        this.tagger = tagger;
        this.analyzers = analyzers;
        this.embedder = embedder;
        this.wording = wording;
        this.index = PassageIndex.at(properties.indexDir(), analyzers.perField(), properties.analysisThreads());
        this.places = new PlaceNames(LocalNames.read(properties.userDictionary()), properties.homePlaces(), tagger);
        this.terms = new IndexTerms(analyzers, index);
        this.missing = new MissingWords(wording, new IndexVocabulary(index), terms::words, properties.synonymBoost(),
                properties.homophoneBoost());
        QuestionQuery queries = new QuestionQuery(analyzers, properties.bigramBoost(), properties.titleBoost());
        this.vectors = new VectorFill(index, embedder, embedding);
        this.updates = new IndexUpdates(index, new PassageSplitter(properties.passageMinChars(),
                properties.passageMaxChars()), places, embedder, vectors);
        this.retrieval = new PassageRetrieval(index, queries, missing, new Reranker(properties.denseWeight()), embedder,
                properties.rerankCandidates(), new PlaceFilter(analyzers.bigrams()));
        this.listing = new ArticleListing(index, queries, missing, terms::words);
        this.articles = new WholeArticles(index);
    }

    /**
     * A second, independent index in {@code indexDir} with the same analysis, model and ranking, for
     * benchmarks that must not touch the served index. The caller closes it.
     */
    public SearchService withIndexAt(Path indexDir) {
        return new SearchService(properties.withIndexDir(indexDir), embedding, analyzers, embedder, wording, tagger);
    }

    /** Replaces the index with these articles' passages in one commit, then embeds them as the policy says. */
    public IndexSummary rebuild(List<Article> articles) {
        return rebuild(articles, Map.of());
    }

    /**
     * Replaces the index with these articles (their passages for search, the whole articles for display)
     * in one commit, recording the content hash of each page file they came from, and embeds them as the
     * policy says before returning.
     */
    public IndexSummary rebuild(List<Article> articles, Map<String, String> fileHashes) {
        return updates.rebuild(articles, fileHashes);
    }

    /**
     * Embeds the policy's passages that lack a vector, a committed batch at a time, from where a stopped fill
     * left off; questions are ranked by BM25 alone until the last batch. {@code stop} is asked between passages.
     */
    public VectorProgress fillVectors(BooleanSupplier stop, Consumer<VectorProgress> progress) {
        return vectors.fill(stop, progress);
    }

    /** How many of the passages the vector policy covers have their vector. */
    public VectorProgress vectorProgress() {
        return vectors.progress();
    }

    /**
     * Starts a build of a commit per batch of page files, each searchable at once; other files' documents,
     * vectors included, stay. {@code replaceAll}: the first commit replaces the index (an older build's);
     * {@code stop} is asked between passages. The caller closes it.
     */
    public IndexBuild startBuild(boolean replaceAll, BooleanSupplier stop) {
        return updates.start(replaceAll, stop);
    }

    /** Replaces the index with ready-made passages, with or without vectors. */
    public IndexSummary rebuildPassages(List<Passage> passages, boolean embed) {
        return updates.rebuildPassages(passages, embed);
    }

    /**
     * The page files the served index was built from, with what the last commit recorded of each (the
     * content hash, as the caller gave it); empty when there is no index.
     */
    public Map<String, String> indexedFiles() {
        return updates.indexedFiles();
    }

    /** The {@code k} best passages, re-ranked by the dense model when the index has vectors. */
    public List<PassageHit> search(String question, int k) {
        return search(question, k, Ranking.RERANKED);
    }

    public List<PassageHit> search(String question, int k, Ranking ranking) {
        return retrieval.search(question, k, ranking);
    }

    /** The {@code k} best passages among those whose page may fall in {@code period}, ranked as {@link #search}. */
    public List<PassageHit> search(String question, int k, Period period) {
        return search(question, k, new Scope(period, List.of()));
    }

    /**
     * The {@code k} best passages of the scope: pages that may fall in its period, articles about one of its
     * places (named by the local names, the passage or its headline); ranked as {@link #search}.
     */
    public List<PassageHit> search(String question, int k, Scope scope) {
        return retrieval.search(question, k, Ranking.RERANKED, scope);
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
        return articles.article(articleId);
    }

    /** The whole articles of one page file, in page order; empty when the file is not indexed. */
    public List<Article> articlesOf(String source) {
        return articles.of(source);
    }

    /** How many articles and page files the served index holds, and their date range. */
    public IndexCoverage coverage() {
        return index.open() ? index.coverage() : IndexCoverage.EMPTY;
    }

    /**
     * The latest page's date, as {@code coverage().lastDate()} but without counting every page file:
     * for work done on each question. Unknown without an index.
     */
    public PublicationDate latestDate() {
        return index.open() ? index.latestDate() : PublicationDate.UNKNOWN;
    }

    /** The place names the place filter knows, in dictionary order. */
    public List<String> places() {
        return places.dictionary();
    }

    /** The places named in texts and questions, as the place filter and {@link Scope} know them. */
    public PlaceNames placeNames() {
        return places;
    }

    /** The index's view of words and places, for the answer layer's sentence scoring. */
    public IndexTerms terms() {
        return terms;
    }

    /**
     * The indexed words search tries for a word the paper does not use: the official words for an
     * everyday one (娃 → 孩子, 子女, from {@code index/dictionary/synonyms.txt}) or the word a
     * one-character homophone typo was meant to be (补帖 → 补贴). Empty when the index holds the word
     * itself or knows nothing like it.
     */
    List<String> alternatives(String word) {
        return missing.of(word);
    }

    /**
     * The official words the editable list gives for an everyday word (补助 → 补贴), whether or not the paper
     * prints the word itself: search never widens a word the index holds, but a sentence that says 补贴 still
     * speaks of the 补助 a citizen asked about.
     */
    public List<String> everydayWordsFor(String word) {
        return wording.entry(ChineseFolding.fold(word.strip()))
                .map(entry -> entry.alternatives().stream().map(CitizenWording.Phrase::text).toList())
                .orElse(List.of());
    }

    /**
     * What {@link #search} adds to a question's query: each of its words or phrases that the index
     * lacks (娃, 找工作, 补帖), with the indexed words tried for it, in question order.
     */
    public Map<String, List<String>> alternativesIn(String question) {
        return missing.byMissingWord(question);
    }

    /** Starts serving an index built earlier; false when there is none yet. */
    boolean open() {
        return index.open();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
