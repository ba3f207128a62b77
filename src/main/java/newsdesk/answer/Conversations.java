package newsdesk.answer;

import java.time.LocalDate;

/**
 * Questions asked within a conversation: a follow-up such as "那怎么申请？" or "那文化馆呢？" is completed
 * from the conversation's last question before it is answered, and the answer says how it was
 * understood ({@link Answer#understoodAs()}). Front ends only pass the key of the conversation.
 */
public interface Conversations {

    /** Never throws for any text a user can type, as {@link AnswerEngine#answer} promises. */
    Answer answer(ConversationKey conversation, String question);

    /** The same, asked on {@code today}: its 昨天 and 上个月 count from that day, as {@link AnswerEngine} does. */
    Answer answer(ConversationKey conversation, String question, LocalDate today);

    /** The next question of this conversation is taken on its own. */
    void forget(ConversationKey conversation);
}
