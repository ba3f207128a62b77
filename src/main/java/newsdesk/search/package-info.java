/**
 * Passages of articles in Lucene: HanLP words plus CJK bigrams for BM25, bge-small-zh vectors to
 * re-rank BM25's best candidates. {@link newsdesk.search.SearchService} is the feature's facade.
 */
@NullMarked
package newsdesk.search;

import org.jspecify.annotations.NullMarked;
