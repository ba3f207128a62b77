package newsdesk.search;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Words from the shared HanLP segment. Punctuation and spaces are dropped; nothing else is, because
 * question words (哪里, 多少, 谁) are what the answer layer and the ranking need to see.
 */
final class HanLPTokenizer extends Tokenizer {

    /** Segments longer input in one call anyway; this only bounds a runaway reader. */
    private static final int MAX_CHARS = 1 << 20;

    private final Segment segment;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private Iterator<Term> terms = List.<Term>of().iterator();
    private int endOffset;

    HanLPTokenizer(Segment segment) {
        this.segment = segment;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (terms.hasNext()) {
            Term next = terms.next();
            String word = next.word;
            int start = 0;
            int end = word.length();
            // HanLP glues some ASCII punctuation to a word (钱? for 钱？ once folded); keep only the word.
            while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                term.setEmpty().append(word, start, end);
                offset.setOffset(correctOffset(next.offset + start), correctOffset(next.offset + end));
                increment.setPositionIncrement(1);
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        String text = FoldingCharFilter.readAtMost(input, MAX_CHARS);
        endOffset = text.length();
        terms = text.isEmpty() ? List.<Term>of().iterator() : segment.seg(text).iterator();
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(endOffset);
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        terms = List.<Term>of().iterator();
    }
}
