package newsdesk.answer;

import java.time.LocalDate;
import java.util.Optional;
import newsdesk.ingest.Article;

/**
 * What the front ends (bot, web page, command line) need from NewsDesk: cited answers, the full
 * article behind a citation, what the paper on file covers and its newest edition. Implemented by {@link AnswerService}.
 */
public interface AnswerEngine {

    /** Never throws for any text a user can type; a question the paper cannot answer gets an abstention. */
    Answer answer(String question);

    /**
     * The answer as it would be given on {@code today}: 昨天 and 上个月 count from that day. An engine that
     * reads no dates in questions answers as {@link #answer(String)} does.
     */
    default Answer answer(String question, LocalDate today) {
        return answer(question);
    }

    Optional<Article> article(String articleId);

    CorpusSummary summary();

    /** The newest edition's headlines by page, for /today; {@link Edition#NONE} when no page has a date. */
    default Edition newestEdition() {
        return Edition.NONE;
    }
}
