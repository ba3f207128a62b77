package newsdesk.search;

/**
 * A retrieved passage and why it ranks where it does.
 *
 * @param score        the ranking score: the fused score when vectors took part, else the BM25 score
 * @param lexicalScore the BM25 score over words, bigrams and title; comparable within one question only
 * @param cosine       cosine of question and passage vectors, or NaN when the index has no vectors
 * @param sentenceCosines cosine of the question with each sentence of the passage, in the order
 *                     {@link newsdesk.text.SentenceSplitter} cuts them; empty when they were not indexed
 */
public record PassageHit(Passage passage, double score, double lexicalScore, double cosine, double[] sentenceCosines) {

    public PassageHit(Passage passage, double score, double lexicalScore, double cosine) {
        this(passage, score, lexicalScore, cosine, new double[0]);
    }
}
