package newsdesk.bot;

import java.util.stream.Collectors;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per question, key=value, for calibrating abstention and spotting slow answers. Its own
 * logger name ({@code newsdesk.bot.questions}) lets an admin route or silence it separately. The token
 * never reaches this class.
 */
final class QuestionLog {

    private static final Logger log = LoggerFactory.getLogger("newsdesk.bot.questions");

    void answered(long chatId, Answer answer, long tookMs, Delivery delivered) {
        log.info("question chat_id={} answered={} took_ms={} engine_ms={} delivered={} citations=[{}] question=\"{}\"",
                chatId, answer.answered(), tookMs, answer.tookMs(), delivered.label,
                answer.citations().stream().map(Citation::articleId).collect(Collectors.joining(",")),
                oneLine(answer.question()));
    }

    void failed(long chatId, String question, long tookMs, RuntimeException e) {
        log.error("question chat_id={} answered=false took_ms={} error=\"{}\" question=\"{}\"",
                chatId, tookMs, oneLine(String.valueOf(e)), oneLine(question), e);
    }

    /** Keeps each question on one line whatever the user typed. */
    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
    }
}
