package newsdesk.bot;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import newsdesk.answer.Answer;
import newsdesk.answer.AnswerKind;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;

/**
 * Answers a question within the chat's conversation (a follow-up is completed from the chat's last
 * question): typing indicator while the engine works, the formatted answer with its rating buttons, one log
 * line. After a 👎, the chat's next message is the 👎's reason rather than a question ({@link FeedbackAction}).
 */
final class QuestionAction {

    private final Conversations conversations;
    private final AnswerFormatter formatter;
    private final RecentAnswers recent;
    private final ReplySender sender;
    private final TypingIndicator typing;
    private final QuestionLog questionLog;
    private final BotMessages messages;
    private final ListReplies lists;
    private final LongSupplier clock;
    /** Empty where the service keeps no question log. */
    private final Optional<FeedbackAction> feedback;
    /** Empty where the service keeps no subscriptions. */
    private final Optional<SubscriptionAction> subscriptions;

    QuestionAction(Conversations conversations, AnswerFormatter formatter, RecentAnswers recent, ReplySender sender,
                   TypingIndicator typing, QuestionLog questionLog, BotMessages messages, ListReplies lists,
                   LongSupplier clock, Optional<FeedbackAction> feedback, Optional<SubscriptionAction> subscriptions) {
        this.conversations = conversations;
        this.formatter = formatter;
        this.recent = recent;
        this.sender = sender;
        this.typing = typing;
        this.questionLog = questionLog;
        this.messages = messages;
        this.lists = lists;
        this.clock = clock;
        this.feedback = feedback;
        this.subscriptions = subscriptions;
    }

    void run(Incoming.Question question) {
        if (feedback.isPresent() && feedback.get().tookAsReason(question)) {
            return;
        }
        long chatId = question.chatId();
        Answer answer;
        try (TypingIndicator.Showing ignored = typing.whileAnswering(chatId)) {
            answer = conversations.answer(ConversationKey.telegramChat(chatId), question.text());
        } catch (RuntimeException e) {
            // The engine promises not to throw; if it does anyway, the user still hears back.
            questionLog.failed(chatId, question.text(), elapsedMs(question), e);
            sender.send(chatId, Reply.of(messages.error()));
            return;
        }
        Reply answered = answer.kind() == AnswerKind.LIST ? lists.list(answer) : switch (answer.status()) {
            case ANSWERED -> formatter.answer(answer, recent.remember(answer));
            case NOT_STATED -> formatter.notStated(answer);
            case NONE -> formatter.abstention(answer);
        };
        Reply rated = feedback.map(log -> log.logged(chatId, answer, elapsedMs(question), answered)).orElse(answered);
        Reply reply = subscriptions.map(topics -> topics.withFollowButton(answer, rated)).orElse(rated);
        Delivery delivered = sender.send(chatId, reply);
        questionLog.answered(chatId, answer, elapsedMs(question), delivered);
    }

    private long elapsedMs(Incoming.Question question) {
        return TimeUnit.NANOSECONDS.toMillis(clock.getAsLong() - question.receivedNanos());
    }
}
