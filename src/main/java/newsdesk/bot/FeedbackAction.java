package newsdesk.bot;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Answer;
import newsdesk.answer.ConversationKey;
import newsdesk.feedback.Channel;
import newsdesk.feedback.Feedback;
import newsdesk.feedback.Rating;

/**
 * The chat's side of the question log: 👍 / 👎 under each answer, and after a 👎 the chat's next message
 * (within the reason window) taken as its reason instead of a question, which the 👎 reply says.
 */
final class FeedbackAction {

    static final String UP_LABEL = "👍";
    static final String DOWN_LABEL = "👎";
    /** Chats whose reasons are awaited at once; beyond it the oldest wait is dropped, not memory exhausted. */
    private static final int MAX_WAITING = 10_000;

    private final Feedback feedback;
    private final ReplySender sender;
    private final BotMessages messages;
    /** Chat id → the question whose 👎 awaits a reason. */
    private final Cache<Long, String> awaitingReason;

    FeedbackAction(Feedback feedback, ReplySender sender, BotMessages messages) {
        this.feedback = feedback;
        this.sender = sender;
        this.messages = messages;
        this.awaitingReason = Caffeine.newBuilder()
                .expireAfterWrite(feedback.reasonWindow())
                .maximumSize(MAX_WAITING)
                // Upkeep on the calling thread, as in answer.ConversationEngine: no pool outside Spring's lifecycle.
                .executor(Runnable::run)
                .build();
    }

    /** Logs the answer and puts the rating buttons under its reply. */
    Reply logged(long chatId, Answer answer, long latencyMs, Reply reply) {
        String questionId = feedback.logged(Channel.TELEGRAM, ConversationKey.telegramChat(chatId), answer, latencyMs);
        return reply.withRow(List.of(
                new Reply.Button(UP_LABEL, new CallbackData.Rate(questionId, Rating.UP).encode()),
                new Reply.Button(DOWN_LABEL, new CallbackData.Rate(questionId, Rating.DOWN).encode())));
    }

    Reply rate(long chatId, CallbackData.Rate rate) {
        return switch (feedback.rate(rate.questionId(), ConversationKey.telegramChat(chatId), rate.rating())) {
            case RECORDED -> {
                if (rate.rating() == Rating.DOWN) {
                    awaitingReason.put(chatId, rate.questionId());
                    yield Reply.of(BotMessages.fill(messages.feedbackReason(),
                            Map.of("minutes", String.valueOf(Math.max(1, feedback.reasonWindow().toMinutes())))));
                }
                awaitingReason.invalidate(chatId);
                yield Reply.of(messages.feedbackThanks());
            }
            case UNKNOWN_QUESTION -> Reply.of(messages.expired());
            case UNAVAILABLE -> Reply.of(messages.error());
        };
    }

    /** @return whether the message was the awaited reason (and so is not a question) */
    boolean tookAsReason(Incoming.Question message) {
        String questionId = awaitingReason.asMap().remove(message.chatId());
        if (questionId == null) {
            return false;
        }
        Feedback.Result stored = feedback.reason(questionId, ConversationKey.telegramChat(message.chatId()), message.text());
        sender.send(message.chatId(), Reply.of(stored == Feedback.Result.UNAVAILABLE ? messages.error()
                : messages.feedbackReasonThanks()));
        return true;
    }

    /** {@code /forget}: a reason awaited from this chat is forgotten too. */
    void forgetWaiting(long chatId) {
        awaitingReason.invalidate(chatId);
    }
}
