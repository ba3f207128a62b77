package newsdesk.web;

import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;

/** An answer as the page shows it: the quoted sentences, then each source with where it was printed. */
record AnswerView(String question, boolean answered, String text, List<Source> sources, long tookMs) {

    /**
     * One cited article.
     *
     * @param excerpt the sentence quoted from it, which the article view highlights; empty for a suggestion
     */
    record Source(String articleId, String title, String date, String page, String source, String excerpt) {
    }

    static AnswerView of(Answer answer) {
        return new AnswerView(answer.question(), answer.answered(), answer.answer(),
                answer.citations().stream().map(citation -> source(citation, answer.answered())).toList(),
                answer.tookMs());
    }

    private static Source source(Citation citation, boolean answered) {
        // A suggestion's excerpt did not answer anything, so there is nothing to point at in the article.
        return new Source(citation.articleId(), citation.title(), Printed.date(citation.date()),
                Printed.page(citation.page()), citation.source(), answered ? citation.excerpt() : "");
    }
}
