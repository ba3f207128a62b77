package newsdesk.web;

import newsdesk.answer.AnsweredAlone;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.Conversations;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Conversations without memory over the test's (mocked) answer engine, and the visitor cookie, for the
 * page tests that are about everything but follow-ups.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(VisitorConversations.class)
class EachQuestionAlone {

    @Bean
    Conversations conversations(AnswerEngine answers) {
        return new AnsweredAlone(answers);
    }
}
