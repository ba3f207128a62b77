package newsdesk.answer;

import java.time.LocalDate;

/** Conversations without memory: every question goes to the engine as typed, for the front ends' tests of everything else. */
public record AnsweredAlone(AnswerEngine engine) implements Conversations {

    @Override
    public Answer answer(ConversationKey conversation, String question) {
        return engine.answer(question);
    }

    @Override
    public Answer answer(ConversationKey conversation, String question, LocalDate today) {
        return engine.answer(question, today);
    }

    @Override
    public void forget(ConversationKey conversation) {
    }
}
