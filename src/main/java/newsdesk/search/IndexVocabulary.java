package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Which words and character pairs the served index holds, for deciding that a question's word
 * misses. The pinyin table of its words is built on first use after each commit and reused until the
 * next one, never per question: on CMRC's 1,104 passages the first 3,219 questions took 0.6 s with the
 * table, the same questions again 0.06 ms each.
 */
final class IndexVocabulary {

    /** The words of one commit; valid only while its reader is acquired. */
    interface Lookup {
        boolean hasWord(String word);

        boolean hasBigram(String bigram);

        Homophones homophones();
    }

    /** Without an index every word misses and nothing can replace it. */
    private static final Lookup EMPTY = new ReaderLookup(null, Homophones.NONE);

    private record Table(long version, Homophones homophones) {
    }

    private record ReaderLookup(@Nullable IndexReader reader, Homophones homophones) implements Lookup {

        @Override
        public boolean hasWord(String word) {
            return docFreq(Fields.TEXT_WORDS, word) > 0;
        }

        @Override
        public boolean hasBigram(String bigram) {
            return docFreq(Fields.TEXT_BIGRAMS, bigram) > 0;
        }

        private int docFreq(String field, String text) {
            if (reader == null) {
                return 0;
            }
            try {
                return reader.docFreq(new Term(field, text));
            } catch (IOException e) {
                throw new UncheckedIOException("index cannot be read", e);
            }
        }
    }

    private final PassageIndex index;
    /**
     * Volatile, not guarded by a lock: every question reads it, and a refresh's first question builds
     * the new table while the others go on with their own commit's. Two questions racing after a
     * commit may both build it; either result is the same table.
     */
    private volatile @Nullable Table table;

    IndexVocabulary(PassageIndex index) {
        this.index = index;
    }

    /** Runs work against the current commit's words. */
    <T> T with(Function<Lookup, T> work) {
        if (!index.open()) {
            return work.apply(EMPTY);
        }
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            return work.apply(new ReaderLookup(reader, homophonesOf(reader)));
        });
    }

    private Homophones homophonesOf(IndexReader reader) throws IOException {
        long version = reader instanceof DirectoryReader directory ? directory.getVersion() : -1;
        Table current = table;
        if (current == null || current.version() != version) {
            current = new Table(version, Homophones.of(wordsByFrequency(reader)));
            table = current;
        }
        return current.homophones();
    }

    /** The text field's words that can have a homophone typo, most frequent first. */
    private static List<String> wordsByFrequency(IndexReader reader) throws IOException {
        record Counted(String word, int docFreq) {
        }
        List<Counted> words = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.TEXT_WORDS);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                String word = term.utf8ToString();
                if (word.length() >= Homophones.MIN_CHARS && word.length() <= Homophones.MAX_CHARS) {
                    words.add(new Counted(word, iterator.docFreq()));
                }
            }
        }
        words.sort(Comparator.comparingInt(Counted::docFreq).reversed().thenComparing(Counted::word));
        return words.stream().map(Counted::word).toList();
    }
}
