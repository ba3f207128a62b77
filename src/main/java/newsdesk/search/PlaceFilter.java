package newsdesk.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Passages that may answer for a place: about it — of an article found naming it, or printing the name in the
 * passage or its headline (as a phrase of character pairs, however the segmenter cut it) — or of an article
 * naming no place of its kind at all, as the city's own articles (我市…) speak for every township in it. An
 * article about another township does not pass: the same programme in 王店镇 is no answer about 李寨乡.
 */
final class PlaceFilter {

    private final Analyzer bigrams;

    PlaceFilter(Analyzer bigrams) {
        this.bigrams = bigrams;
    }

    /** Passages that may answer for any of the places, all of one kind; the places must not be empty. */
    Query anyOf(List<String> places) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String place : places) {
            any.add(new TermQuery(new Term(Fields.PLACE, place)), BooleanClause.Occur.SHOULD);
            any.add(phrase(Fields.TEXT_BIGRAMS, place), BooleanClause.Occur.SHOULD);
            any.add(phrase(Fields.TITLE_BIGRAMS, place), BooleanClause.Occur.SHOULD);
        }
        Query noneOfItsKind = new BooleanQuery.Builder()
                .add(new FieldExistsQuery(Fields.PASSAGE_ID), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.PLACE_KIND, PlaceKind.of(places.getFirst()).name())),
                        BooleanClause.Occur.MUST_NOT)
                .build();
        any.add(noneOfItsKind, BooleanClause.Occur.SHOULD);
        return any.build();
    }

    private Query phrase(String field, String place) {
        List<String> pairs = QuestionQuery.tokens(bigrams, field, place);
        return pairs.size() == 1 ? new TermQuery(new Term(field, pairs.getFirst()))
                : new PhraseQuery(field, pairs.toArray(String[]::new));
    }
}
