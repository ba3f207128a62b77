package newsdesk.search;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tags words with HanLP's parts of speech and named entities, through the same configured segment
 * (local names included) that the index uses, so 川汇区 is one place and not three characters.
 */
@Component
public class WordTagger {

    private final Segment segment;

    WordTagger(Segment newsSegment) {
        this.segment = newsSegment;
    }

    /** The words of a text in order; an empty list for an empty text. */
    public List<TaggedWord> tag(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = segment.seg(text);
        List<TaggedWord> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            words.add(new TaggedWord(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset));
        }
        return words;
    }
}
