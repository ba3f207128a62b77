package newsdesk.answer;

import newsdesk.answer.dates.Recency;
import newsdesk.ingest.PublicationDate;
import org.jspecify.annotations.Nullable;

/**
 * How every front end names where a quote comes from, one rule for the terminal, the bot and the web
 * page: "据《困难毕业生补贴发放完成》2023年11月（推断） 第1版". The date stands next to the title so a
 * reader can tell an old report from today's news at a glance.
 */
public final class CitationLine {

    /** Introduces a citation that is an earlier version of the answer's fact. */
    public static final String EARLIER = "较早的报道：";

    private CitationLine() {
    }

    /** "据《标题》2023年11月 第1版"; without what is unknown. */
    public static String of(Citation citation) {
        String where = where(citation.date(), citation.page());
        return "据《" + citation.title() + "》" + where;
    }

    /** "2023年11月（推断） 第1版", "第3版", or empty when neither is known. */
    public static String where(PublicationDate date, @Nullable Integer page) {
        String when = date.known() ? date.printed() : "";
        String onPage = page == null ? "" : "第" + page + "版";
        return (when + " " + onPage).strip();
    }

    /**
     * Whether the citation at {@code index} is earlier information: an answer's further source printed
     * certainly before the answer's own, so the reader knows the quote is the newer word.
     */
    public static boolean earlier(Answer answer, int index) {
        if (answer.status() != AnswerStatus.ANSWERED || index == 0 || index >= answer.citations().size()) {
            return false;
        }
        return Recency.later(answer.citations().getFirst().date(), answer.citations().get(index).date());
    }
}
