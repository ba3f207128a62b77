package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<Passage> passages = new ArrayList<>();
        articles.forEach(article -> passages.addAll(splitter.split(article)));
        return rebuildPassages(passages, properties.embedOnBuild());
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
