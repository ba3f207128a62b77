package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnsweredAlone;
import newsdesk.answer.Conversations;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The bot connects in the background and says in health how far it got. */
@ExtendWith(OutputCaptureExtension.class)
class BotStartUpTest {

    private static final String ANOTHER_TOKEN = "123456789:AAThisTokenWasRevokedByBotFather0";

    @Test
    void aGroupMentionWaitingWhileGetMeFailsIsReadOnlyOnceTheBotKnowsItsNameAndThenAnswered() throws Exception {
        try (BotApiStandIn api = new BotApiStandIn()) {
            api.fail("getMe", 502, "<html>Bad Gateway</html>", 5);
            api.send(Updates.groupMention(-100777, "@newsdesk_bot 川汇区建了多少个电商村？"));
            FixedAnswerEngine engine = new FixedAnswerEngine().answering(BotFixtures.villagesAnswer());
            StandInBot.against(api, engine, new AnsweredAlone(engine))
                    .withPropertyValues("newsdesk.telegram.retry.initial-delay=20ms",
                            "newsdesk.telegram.retry.max-delay=100ms")
                    .run(context -> {
                        assertThat(context).hasNotFailed();

                        BotApiStandIn.Call reply = api.awaitCalls("sendMessage", 1).getFirst();
                        assertThat(reply.text()).contains("打造电商村52个");
                        BotApiStandIn.Call knownAs = api.calls("getMe").stream().filter(BotApiStandIn.Call::accepted)
                                .findFirst().orElseThrow();
                        // deleteWebhook is the first call of long polling: updates are fetched only after it.
                        assertThat(api.calls("deleteWebhook").getFirst().nanos()).isGreaterThan(knownAs.nanos());
                        assertThat(api.calls("getMe")).hasSize(6);
                    });
        }
    }

    @Test
    void aRefusedTokenIsLoggedShownInHealthAndRetriedOnlyAtTheLongestDelay(CapturedOutput output) throws Exception {
        try (BotApiStandIn api = new BotApiStandIn()) {
            new ApplicationContextRunner()
                    .withUserConfiguration(BotConfiguration.class)
                    .withBean(AnswerEngine.class, FixedAnswerEngine::new)
                    .withBean(Conversations.class, () -> new AnsweredAlone(new FixedAnswerEngine()))
                    .withPropertyValues("newsdesk.telegram.token=" + ANOTHER_TOKEN,
                            "newsdesk.telegram.api-url=" + api.url(),
                            "newsdesk.telegram.retry.initial-delay=50ms",
                            "newsdesk.telegram.retry.max-delay=5s")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        HealthIndicator telegram = context.getBean("telegram", HealthIndicator.class);

                        Awaitility.await().atMost(Duration.ofSeconds(5))
                                .until(() -> "token-refused".equals(telegram.health().getDetails().get("state")));
                        Health health = telegram.health();
                        assertThat(health.getStatus()).isNotEqualTo(Status.UP).isNotEqualTo(Status.DOWN);
                        assertThat(health.getDetails()).containsEntry("retryIn", "5s");
                        assertThat(String.valueOf(health.getDetails().get("lastError"))).contains("401");
                        assertThat(output.getAll()).contains("Telegram refused the bot token")
                                .doesNotContain(ANOTHER_TOKEN.substring(12));
                        assertThat(api.calls("getMe")).hasSize(1);
                    });
        }
    }
}
