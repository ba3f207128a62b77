package newsdesk.bot;

import newsdesk.answer.Answer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.ConversationKey;
import newsdesk.answer.Conversations;

/** Conversations without memory: every question goes to the engine as typed, for tests of everything else. */
record AnsweredAlone(AnswerEngine engine) implements Conversations {

    @Override
    public Answer answer(ConversationKey conversation, String question) {
        return engine.answer(question);
    }

    @Override
    public void forget(ConversationKey conversation) {
    }
}
