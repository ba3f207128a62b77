package newsdesk.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.jspecify.annotations.Nullable;

/**
 * One commit's worth of change: either the whole content anew, or the documents of some page files
 * replaced or removed.
 *
 * @param replaceAll      start from an empty index
 * @param removedSources  page files whose documents are deleted (a replaced file is listed here too)
 * @param passages        passages to add
 * @param placesOf        the places of a passage's article, for the place filter; found when called, once
 *                        per article, and safe to call from several threads
 * @param articleDocuments whole articles to add, for display
 * @param embed           a passage's vectors, or null for an index without vectors
 * @param commitData      user data stored with the commit: what the caller records of each page file it
 *                        holds (its content hash); the write adds whether every passage has its vector
 */
record IndexChange(boolean replaceAll, Set<String> removedSources, List<Passage> passages,
                   Function<Passage, List<String>> placesOf, List<Document> articleDocuments,
                   @Nullable Function<Passage, PassageVectors> embed, Map<String, String> commitData) {
}
