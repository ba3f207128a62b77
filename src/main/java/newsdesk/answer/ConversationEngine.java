package newsdesk.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

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
                // Upkeep (expiry, eviction) on the asking thread: a few entries' work, and no pool thread living
                // outside Spring's lifecycle.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Answer answer(ConversationKey conversation, String question) {
        return answer(conversation, question, engine::answer);
    }

    @Override
    public Answer answer(ConversationKey conversation, String question, LocalDate today) {
        return answer(conversation, question, text -> engine.answer(text, today));
    }

    private Answer answer(ConversationKey conversation, String question, Function<String, Answer> ask) {
        String typed = question == null ? "" : question.strip();
        Optional<String> topic = Optional.ofNullable(histories.getIfPresent(conversation))
                .flatMap(ConversationHistory::topic).map(ConversationHistory.Turn::understood);
        Answer answer = topic.map(last -> answer(typed, last, ask)).orElseGet(() -> ask.apply(typed));
        if (!typed.isEmpty()) {
            String understood = answer.understoodAs() == null ? typed : answer.understoodAs();
            remember(conversation, new ConversationHistory.Turn(understood,
                    answer.citations().stream().map(Citation::articleId).toList(), answer.status() != AnswerStatus.NONE));
        }
        return answer;
    }

    /**
     * The rewriter's reading decides, and the paper has the last word only where that reading finds
     * nothing: one more retrieval, and only for those questions.
     */
    private Answer answer(String typed, String topic, Function<String, Answer> ask) {
        Optional<String> followUp = rewriter.followUp(typed, topic);
        if (followUp.isPresent()) {
            Answer completed = ask.apply(followUp.get()).understoodFrom(typed);
            if (completed.status() == AnswerStatus.ANSWERED) {
                return completed;
            }
            // Read as a follow-up the paper does not answer it, but as typed it does: it stood on its own after
            // all ("总共要走访多少户" names no subject, yet only one article counts households to visit).
            Answer asTyped = ask.apply(typed);
            return asTyped.status() == AnswerStatus.ANSWERED ? asTyped : completed;
        }
        Answer asTyped = ask.apply(typed);
        if (asTyped.status() != AnswerStatus.NONE) {
            return asTyped;
        }
        // Taken alone the paper has nothing on it ("清了几个坑塘" after a question on 城北街道): read it as a
        // follow-up after all, and keep that reading only if the paper then has something.
        return rewriter.completed(typed, topic)
                .map(text -> ask.apply(text).understoodFrom(typed))
                .filter(completed -> completed.status() != AnswerStatus.NONE)
                .orElse(asTyped);
    }

    /** How many conversations are held now, for checking the bound. */
    long held() {
        histories.cleanUp();
        return histories.estimatedSize();
    }

    @Override
    public void forget(ConversationKey conversation) {
        histories.invalidate(conversation);
    }

    private void remember(ConversationKey conversation, ConversationHistory.Turn turn) {
        histories.asMap().merge(conversation, ConversationHistory.of(turn), (old, next) -> old.then(turn, turns));
    }
}
