package newsdesk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import newsdesk.ingest.Article;
import org.jspecify.annotations.Nullable;

/**
 * Turns articles into index changes: their passages for search (vectors come afterwards, from
 * {@link VectorFill}),
 * the whole articles for display, their places for the filter, and what the caller records of each
 * page file (its content hash) in the commit's user data, which is how the next refresh knows what changed.
 */
final class IndexUpdates {

    private final PassageIndex index;
    private final PassageSplitter splitter;
    private final PlaceNames places;
    private final Embedder embedder;
    private final VectorFill vectors;

    IndexUpdates(PassageIndex index, PassageSplitter splitter, PlaceNames places, Embedder embedder, VectorFill vectors) {
        this.index = index;
        this.splitter = splitter;
        this.places = places;
        this.embedder = embedder;
        this.vectors = vectors;
    }

    /** One lexical commit, then the vectors, before returning: for callers that need the finished index. */
    IndexSummary rebuild(List<Article> articles, Map<String, String> fileHashes) {
        IndexSummary lexical = index.write(change(true, Set.of(), articles, fileHashes));
        VectorProgress embedded = vectors.fill(() -> false, batch -> { });
        return new IndexSummary(lexical.articles(), lexical.passages(), lexical.characters(),
                embedded.policy() != VectorPolicy.NONE && embedded.done(), lexical.buildMillis());
    }

    /** A build of several commits on one writer; {@code replaceAll}: its first commit replaces the index. */
    IndexBuild start(boolean replaceAll, BooleanSupplier stop) {
        return new IndexBuild(index.session(replaceAll, stop), this);
    }

    /** The documents of these page files replaced by their articles', those of removed files deleted. */
    IndexChange change(Map<String, List<Article>> articlesBySource, Set<String> removedSources,
                       Map<String, String> fileHashes) {
        Set<String> deleted = new HashSet<>(removedSources);
        deleted.addAll(articlesBySource.keySet());
        List<Article> added = articlesBySource.values().stream().flatMap(List::stream).toList();
        return change(false, deleted, added, fileHashes);
    }

    IndexSummary rebuildPassages(List<Passage> passages, boolean embed) {
        return index.build(passages, embed ? vectors() : null);
    }

    /**
     * The page files of the served commit with what the last build recorded of each; empty without an index, and for
     * an index an older build wrote with other documents, so that the next refresh rebuilds it (the old
     * one serves until then).
     */
    Map<String, String> indexedFiles() {
        if (!index.open()) {
            return Map.of();
        }
        Map<String, String> data = index.commitData();
        if (!Fields.SCHEMA.equals(data.get(Fields.COMMIT_SCHEMA))) {
            return Map.of();
        }
        Map<String, String> files = new HashMap<>();
        data.forEach((key, value) -> {
            if (key.startsWith(Fields.COMMIT_FILE_HASH_PREFIX)) {
                files.put(key.substring(Fields.COMMIT_FILE_HASH_PREFIX.length()), value);
            }
        });
        return files;
    }

    private IndexChange change(boolean replaceAll, Set<String> removedSources, List<Article> articles,
                               Map<String, String> fileHashes) {
        List<Passage> passages = new ArrayList<>();
        Map<String, Article> byId = new HashMap<>();
        for (Article article : articles) {
            passages.addAll(splitter.split(article));
            byId.put(article.id(), article);
        }
        // Found when the article's passages are written, on the write's analysis threads.
        return new IndexChange(replaceAll, removedSources, passages,
                passage -> placesOf(byId.get(passage.articleId())),
                articles.stream().map(ArticleDocuments::toDocument).toList(), null,
                fileHashData(fileHashes));
    }

    /** Ready-made passages are embedded with the build's own model session, so it leaves cores to questions. */
    private @Nullable Function<Passage, PassageVectors> vectors() {
        return passage -> embedder.embedForIndex(passage);
    }

    private List<String> placesOf(@Nullable Article article) {
        return article == null ? List.of() : places.in(article.title() + "\n" + article.body());
    }

    private static Map<String, String> fileHashData(Map<String, String> fileHashes) {
        Map<String, String> data = new HashMap<>();
        fileHashes.forEach((file, hash) -> data.put(Fields.COMMIT_FILE_HASH_PREFIX + file, hash));
        return data;
    }
}
