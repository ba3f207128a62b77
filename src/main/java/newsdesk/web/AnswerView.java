package newsdesk.web;

import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.AnswerStatus;
import newsdesk.answer.Citation;
import newsdesk.answer.CitationLine;
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
     * @param earlier  whether it is an earlier report of the answer's fact (较早的报道), printed before the answer's own
     */
    record Source(String articleId, String title, String date, String page, String source, String excerpt,
                  boolean earlier) {
    }

    static AnswerView of(Answer answer) {
        boolean quoted = answer.status() != AnswerStatus.NONE;
        return new AnswerView(answer.question(), answer.answered(), answer.status() == AnswerStatus.NOT_STATED,
                answer.answer(),
                java.util.stream.IntStream.range(0, answer.citations().size())
                        .mapToObj(i -> source(answer.citations().get(i), quoted, CitationLine.earlier(answer, i))).toList(),
                answer.tookMs(), answer.kind() == AnswerKind.LIST, answer.understoodAs());
    }

    private static Source source(Citation citation, boolean quoted, boolean earlier) {
        // A suggestion's excerpt did not answer anything, so there is nothing to point at in the article;
        // the closest sentence of a not-stated answer is marked, so the reader sees what the paper does say.
        return new Source(citation.articleId(), citation.title(), Printed.date(citation.date()),
                Printed.page(citation.page()), citation.source(), quoted ? citation.excerpt() : "", earlier);
    }
}
