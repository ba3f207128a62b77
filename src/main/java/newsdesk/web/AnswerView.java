package newsdesk.web;

import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.Citation;
import org.jspecify.annotations.Nullable;

/**
 * An answer as the page shows it: the quoted sentences, then each source with where it was printed.
 *
 * @param notStated    whether the paper covers the topic but does not print what was asked
 * @param list         whether it lists articles for a broad question: then each source is one item
 * @param understoodAs the follow-up as it was completed from the conversation; null when taken as typed
 */
record AnswerView(String question, boolean answered, boolean notStated, String text, List<Source> sources, long tookMs,
                  boolean list, @Nullable String understoodAs) {

    /**
     * One cited article.
     *
     * @param excerpt the sentence quoted from it, which the article view highlights; empty for a suggestion
     */
    record Source(String articleId, String title, String date, String page, String source, String excerpt) {
    }

    static AnswerView of(Answer answer) {
        boolean quoted = answer.status() != AnswerStatus.NONE;
        return new AnswerView(answer.question(), answer.answered(), answer.status() == AnswerStatus.NOT_STATED,
                answer.answer(),
                answer.citations().stream().map(citation -> source(citation, quoted)).toList(),
                answer.tookMs(), answer.kind() == AnswerKind.LIST, answer.understoodAs());
    }

    private static Source source(Citation citation, boolean quoted) {
        // A suggestion's excerpt did not answer anything, so there is nothing to point at in the article;
        // the closest sentence of a not-stated answer is marked, so the reader sees what the paper does say.
        return new Source(citation.articleId(), citation.title(), Printed.date(citation.date()),
                Printed.page(citation.page()), citation.source(), quoted ? citation.excerpt() : "");
    }
}
