package newsdesk.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads at most {@code maxChars} of the input and serves it folded by {@link ChineseFolding}. Folding
 * keeps the length, so offsets need no correction. Reading the whole input first is fine here: a
 * passage is a few hundred characters and questions are cut before analysis.
 */
final class FoldingCharFilter extends CharFilter {

    private final int maxChars;
    private String folded = "";
    private int position = -1;

    FoldingCharFilter(Reader input, int maxChars) {
        super(input);
        this.maxChars = maxChars;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (position < 0) {
            folded = ChineseFolding.fold(readAtMost(input, maxChars));
            position = 0;
        }
        if (position >= folded.length()) {
            return -1;
        }
        int count = Math.min(length, folded.length() - position);
        folded.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    static String readAtMost(Reader reader, int maxChars) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1024];
        int read;
        while (text.length() < maxChars && (read = reader.read(chunk, 0, Math.min(chunk.length,
                maxChars - text.length()))) != -1) {
            text.append(chunk, 0, read);
        }
        return text.toString();
    }
}
