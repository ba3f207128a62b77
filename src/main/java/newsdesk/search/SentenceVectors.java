package newsdesk.search;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The dense vectors of a passage's sentences as one doc value, so that the answer layer can weigh
 * how close each sentence is to the question without embedding anything at question time. Each vector
 * is kept as bytes with a scale of its own (its largest component maps to 127): a quarter of the
 * floats' size, and the cosines move by about 0.002, far below what tells sentences apart.
 */
final class SentenceVectors {

    private static final int ROW = Float.BYTES + Embedder.DIMENSIONS;

    private SentenceVectors() {
    }

    /** The vectors in sentence order, as stored. */
    static byte[] encode(List<float[]> vectors) {
        ByteBuffer out = ByteBuffer.allocate(vectors.size() * ROW);
        for (float[] vector : vectors) {
            float largest = 0;
            for (float component : vector) {
                largest = Math.max(largest, Math.abs(component));
            }
            float scale = largest == 0 ? 0 : largest / 127;
            out.putFloat(scale);
            for (float component : vector) {
                out.put(scale == 0 ? 0 : (byte) Math.round(component / scale));
            }
        }
        return out.array();
    }

    /** The cosine of a unit-length question vector with each stored sentence vector, in sentence order. */
    static double[] cosines(float[] question, byte[] stored) {
        if (stored.length % ROW != 0) {
            throw new IllegalArgumentException("stored sentence vectors of " + stored.length + " bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(stored);
        double[] cosines = new double[stored.length / ROW];
        for (int s = 0; s < cosines.length; s++) {
            float scale = in.getFloat();
            double dot = 0;
            for (float component : question) {
                dot += component * in.get();
            }
            cosines[s] = dot * scale;
        }
        return cosines;
    }
}
