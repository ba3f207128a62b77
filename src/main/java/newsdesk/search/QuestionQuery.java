package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a question into a bag-of-words query over the text and title fields. The question is
 * analysed exactly like the passages and never parsed as query syntax, so {@code " ( * AND \} are
 * just characters.
 */
final class QuestionQuery {

    /**
     * Distinct terms per field. Four fields stay well below Lucene's limit of 1024 clauses, and no
     * real question has this many distinct words.
     */
    static final int MAX_TERMS_PER_FIELD = 200;
    /**
     * Terms per field for alternatives, on top: a question has a handful of missing words, and four
     * fields of 240 terms still stay below Lucene's 1,024 clauses.
     */
    static final int MAX_ALTERNATIVE_TERMS = 40;

    private final NewsAnalyzers analyzers;
    private final float bigramBoost;
    private final float titleBoost;

    QuestionQuery(NewsAnalyzers analyzers, float bigramBoost, float titleBoost) {
        this.analyzers = analyzers;
        this.bigramBoost = bigramBoost;
        this.titleBoost = titleBoost;
    }

    /** An empty query (matching nothing) when the question has no word or Han character. */
    BooleanQuery build(String question) {
        return build(question, Map.of());
    }

    /**
     * As {@link #build(String)}, plus words to try for question words the index lacks, each with its
     * own weight (at most 1) on top of the field's: an official word for an everyday one weighs less
     * than the question's own words, a typo's correction as much.
     */
    BooleanQuery build(String question, Map<String, Float> alternatives) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        add(query, Fields.TEXT_WORDS, analyzers.words(), question, alternatives, 1f);
        add(query, Fields.TEXT_BIGRAMS, analyzers.bigrams(), question, alternatives, bigramBoost);
        add(query, Fields.TITLE_WORDS, analyzers.words(), question, alternatives, titleBoost);
        add(query, Fields.TITLE_BIGRAMS, analyzers.bigrams(), question, alternatives, titleBoost * bigramBoost);
        return query.build();
    }

    /** The question's terms in one field, in order of first appearance; for tests and diagnostics. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        return List.copyOf(distinctTerms(analyzer, field, text));
    }

    /** Every token of a text in one field's analysis, in order, repeats included. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysis reads from a String; an IOException here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static void add(BooleanQuery.Builder query, String field, Analyzer analyzer, String text,
                            Map<String, Float> alternatives, float boost) {
        if (boost <= 0) {
            return;
        }
        BooleanQuery.Builder fieldQuery = new BooleanQuery.Builder();
        int clauses = 0;
        // Each distinct term once: weighting by repetition let a pasted text that repeats one phrase
        // outvote the actual question.
        Set<String> terms = distinctTerms(analyzer, field, text);
        for (String term : terms) {
            if (clauses++ == MAX_TERMS_PER_FIELD) {
                break;
            }
            fieldQuery.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        for (Map.Entry<String, Float> alternative : alternatives.entrySet()) {
            for (String term : distinctTerms(analyzer, field, alternative.getKey())) {
                if (alternative.getValue() > 0 && terms.add(term) && clauses++ < MAX_TERMS_PER_FIELD + MAX_ALTERNATIVE_TERMS) {
                    fieldQuery.add(new BoostQuery(new TermQuery(new Term(field, term)), alternative.getValue()),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        if (clauses > 0) {
            query.add(new BoostQuery(fieldQuery.build(), boost), BooleanClause.Occur.SHOULD);
        }
    }

    private static Set<String> distinctTerms(Analyzer analyzer, String field, String text) {
        return new LinkedHashSet<>(tokens(analyzer, field, text));
    }
}
