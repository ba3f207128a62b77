package newsdesk.search;

import org.jspecify.annotations.Nullable;

/** A passage as one Lucene query found it: its score for that query and its stored vector, if any. */
record IndexedPassage(Passage passage, float score, float @Nullable [] vector) {
}
