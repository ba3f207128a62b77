package newsdesk.eval;

import java.util.List;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.text.WidthFolding;

/** Whether an answer's quote holds one of a question's gold strings, compared as the citizen would read them. */
final class GoldQuotes {

    private GoldQuotes() {
    }

    /** Shared with the conversation sets, so a turn is judged exactly as a single question is. */
    static boolean judge(List<String> gold, boolean shouldAbstain, Answer answer) {
        if (shouldAbstain) {
            return !answer.answered();
        }
        // A question after one fact that got a list was misread as broad, whatever the items say.
        if (!answer.answered() || answer.kind() != AnswerKind.ANSWER) {
            return false;
        }
        // The quote is what the citizen reads: the answer sentence with the (at most two) sentences it leans on.
        // Gold strings are copied from the raw pages, where digits may be full-width or spaced (１４ 场次);
        // the cleaned quote has 14场次. Compared width-folded as questions are, and without spaces.
        String quote = comparable(answer.answer());
        return gold.stream().map(GoldQuotes::comparable).anyMatch(quote::contains);
    }

    static String comparable(String text) {
        return WidthFolding.toHalfWidthWithPunctuation(text).replaceAll("\\s+", "");
    }
}
