package newsdesk.search;

/**
 * What the embedding model gives a passage when it is indexed.
 *
 * @param passage   the whole passage's vector, for the dense re-rank
 * @param sentences each sentence's vector as {@link SentenceVectors} stores them; empty when the build
 *                  leaves sentences out
 */
record PassageVectors(float[] passage, byte[] sentences) {
}
