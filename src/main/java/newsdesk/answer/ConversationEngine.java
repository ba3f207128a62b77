package newsdesk.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;

/**
 * Answers within a conversation: completes a follow-up from the conversation's last question
 * ({@link FollowUpRewriter}), asks the engine, and remembers the turn. Histories live in a Caffeine
 * cache that forgets a conversation after {@code idle} without a question and holds at most
 * {@code maxConversations}, so nothing needs a timer or a clean-up thread of its own.
 */
final class ConversationEngine implements Conversations {

    private final AnswerEngine engine;
    private final FollowUpRewriter rewriter;
    private final int turns;
    private final Cache<ConversationKey, ConversationHistory> histories;

    /** @param ticker the cache's clock: the system's in service, a fake one in tests of expiry */
    ConversationEngine(AnswerEngine engine, FollowUpRewriter rewriter, ConversationProperties properties,
                       Ticker ticker) {
        this.engine = engine;
        this.rewriter = rewriter;
        this.turns = properties.turns();
        this.histories = Caffeine.newBuilder()
                .expireAfterAccess(properties.idle())
                .maximumSize(properties.maxConversations())
                .ticker(ticker)
                .build();
    }

    @Override
    public Answer answer(ConversationKey conversation, String question) {
        String typed = question == null ? "" : question.strip();
        Optional<String> previous = Optional.ofNullable(histories.getIfPresent(conversation))
                .flatMap(ConversationHistory::last).map(ConversationHistory.Turn::understood);
        Optional<String> followUp = previous.flatMap(last -> rewriter.followUp(typed, last));
        Answer answer = followUp.map(completed -> engine.answer(completed).understoodFrom(typed))
                .orElseGet(() -> engine.answer(typed));
        if (answer.status() == AnswerStatus.NONE && followUp.isEmpty() && previous.isPresent()) {
            // Taken alone the paper has nothing on it ("清了几个坑塘" after a question on 城北街道): read it as a
            // follow-up after all, and keep that reading only if the paper then has something.
            Optional<Answer> completed = rewriter.completed(typed, previous.get())
                    .map(text -> engine.answer(text).understoodFrom(typed))
                    .filter(retried -> retried.status() != AnswerStatus.NONE);
            if (completed.isPresent()) {
                answer = completed.get();
            }
        }
        String understood = answer.understoodAs() == null ? typed : answer.understoodAs();
        if (!typed.isEmpty()) {
            remember(conversation, new ConversationHistory.Turn(understood,
                    answer.citations().stream().map(Citation::articleId).toList()));
        }
        return answer;
    }

    @Override
    public void forget(ConversationKey conversation) {
        histories.invalidate(conversation);
    }

    private void remember(ConversationKey conversation, ConversationHistory.Turn turn) {
        histories.asMap().merge(conversation, ConversationHistory.of(turn), (old, next) -> old.then(turn, turns));
    }
}
