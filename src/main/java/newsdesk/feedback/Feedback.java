package newsdesk.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import newsdesk.answer.Answer;
import newsdesk.answer.Citation;
import newsdesk.answer.ConversationKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the front ends tell the question log: each answer given, a rating on it, a reason for a 👎, and
 * a chat's wish to be forgotten. Logging an answer never holds it up and never fails it: the row is
 * written by a bounded background writer, and a row that cannot be written costs a warning, not the answer.
 */
public class Feedback {

    private static final Logger log = LoggerFactory.getLogger(Feedback.class);
    static final Pattern QUESTION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A one-line reason; a pasted essay is cut here rather than refused. */
    static final int MAX_REASON_CHARS = 300;
    /** The questions' own limit is 256 (text.QuestionLimit); this is the column's, for an understood-as rewrite too. */
    private static final int MAX_QUESTION_CHARS = 1000;

    /** Whether a rating or reason was stored. */
    public enum Result { RECORDED, UNKNOWN_QUESTION, UNAVAILABLE }

    private final FeedbackStore store;
    private final Pseudonyms pseudonyms;
    private final Executor writer;
    private final Clock clock;
    private final Duration reasonWindow;

    Feedback(FeedbackStore store, Pseudonyms pseudonyms, Executor writer, Clock clock, Duration reasonWindow) {
        this.store = store;
        this.pseudonyms = pseudonyms;
        this.writer = writer;
        this.clock = clock;
        this.reasonWindow = reasonWindow;
    }

    /** How long after a 👎 a front end waits for its reason ({@code newsdesk.feedback.reason-window}). */
    public Duration reasonWindow() {
        return reasonWindow;
    }

    /**
     * Logs an answer given on {@code channel}.
     *
     * @param asker     the conversation it was asked in; null for an API call outside any
     * @param latencyMs from the question's arrival to the answer, as the asker waited for it
     * @return the question's id, for the rating buttons under the answer
     */
    public String logged(Channel channel, @Nullable ConversationKey asker, Answer answer, long latencyMs) {
        String id = UUID.randomUUID().toString();
        try {
            LoggedQuestion question = new LoggedQuestion(id, clock.instant(), channel,
                    asker == null ? null : pseudonyms.of(asker), cut(answer.question(), MAX_QUESTION_CHARS),
                    answer.understoodAs() == null ? null : cut(answer.understoodAs(), MAX_QUESTION_CHARS),
                    Outcome.of(answer), answer.citations().stream().map(Citation::articleId).toList(), latencyMs);
            writer.execute(() -> write(question));
        } catch (RejectedExecutionException e) {
            log.warn("question log queue full: question {} on {} not logged", id, channel.label());
        } catch (RuntimeException e) {
            // Whatever went wrong here, the answer is still given; its rating buttons will find nothing to rate.
            log.warn("question {} on {} not logged: {}", id, channel.label(), e.toString());
        }
        return id;
    }

    private void write(LoggedQuestion question) {
        try {
            store.insert(question);
        } catch (RuntimeException e) {
            log.warn("question {} on {} not logged: {}", question.id(), question.channel().label(), e.toString());
        }
    }

    /** A rating on a question {@code asker} asked; pressing the other button later replaces it. */
    public Result rate(String questionId, ConversationKey asker, Rating rating) {
        if (!isQuestionId(questionId)) {
            return Result.UNKNOWN_QUESTION;
        }
        String pseudonym = pseudonyms.of(asker);
        return inOrder("rating of question " + questionId, () -> store.rate(questionId, pseudonym, rating, clock.instant()))
                .map(found -> found ? Result.RECORDED : Result.UNKNOWN_QUESTION).orElse(Result.UNAVAILABLE);
    }

    /** The reason for a 👎, kept to one line of {@value #MAX_REASON_CHARS} characters; blank keeps none. */
    public Result reason(String questionId, ConversationKey asker, String reason) {
        String line = cut(reason.replaceAll("\\s+", " ").strip(), MAX_REASON_CHARS);
        if (!isQuestionId(questionId)) {
            return Result.UNKNOWN_QUESTION;
        }
        if (line.isEmpty()) {
            return Result.RECORDED;
        }
        String pseudonym = pseudonyms.of(asker);
        return inOrder("reason for question " + questionId, () -> store.reason(questionId, pseudonym, line))
                .map(found -> found ? Result.RECORDED : Result.UNKNOWN_QUESTION).orElse(Result.UNAVAILABLE);
    }

    /** Deletes every question of this asker's and the ratings on them; empty when the database could not. */
    public OptionalInt forget(ConversationKey asker) {
        String pseudonym = pseudonyms.of(asker);
        return inOrder("forgetting a " + asker.channel() + " asker", () -> store.forget(pseudonym))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * Runs {@code work} on the writer after the rows queued before it, and waits for it: a rating pressed the
     * moment its answer arrived finds its question, and /forget also deletes questions still waiting to be written.
     */
    private <T> Optional<T> inOrder(String what, Supplier<T> work) {
        try {
            return Optional.of(CompletableFuture.supplyAsync(work, writer).join());
        } catch (RejectedExecutionException e) {
            log.warn("{} not stored: the question log queue is full", what);
        } catch (CompletionException e) {
            log.warn("{} not stored: {}", what, String.valueOf(e.getCause()));
        }
        return Optional.empty();
    }

    public static boolean isQuestionId(String text) {
        return QUESTION_ID.matcher(text).matches();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
