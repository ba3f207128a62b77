package newsdesk.bot;

import newsdesk.answer.AnswerEngine;
import newsdesk.answer.Conversations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The bot wired as in production, talking to a Bot API stand-in, polling briefly enough for a test. */
final class StandInBot {

    private StandInBot() {
    }

    static ApplicationContextRunner against(BotApiStandIn api, AnswerEngine engine, Conversations conversations) {
        return new ApplicationContextRunner()
                .withUserConfiguration(BotConfiguration.class)
                .withBean(AnswerEngine.class, () -> engine)
                .withBean(Conversations.class, () -> conversations)
                .withPropertyValues(
                        "newsdesk.telegram.token=" + BotApiStandIn.TOKEN,
                        "newsdesk.telegram.api-url=" + api.url(),
                        "newsdesk.telegram.poll-timeout=1s");
    }
}
