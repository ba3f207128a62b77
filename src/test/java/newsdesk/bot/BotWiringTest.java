package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnsweredAlone;
import newsdesk.answer.Conversations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the bot starts, when it stays off, and which settings stop NewsDesk from starting. */
class BotWiringTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(BotConfiguration.class)
            .withBean(AnswerEngine.class, FixedAnswerEngine::new)
                    .withBean(Conversations.class, () -> new AnsweredAlone(new FixedAnswerEngine()));

    @Test
    void withoutATokenTheBotIsOffAndNothingTalksToTelegram() {
        runner.withPropertyValues("newsdesk.telegram.token=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(BotLifecycle.class).doesNotHaveBean(ReplySender.class);
        });
    }

    @Test
    void aTokenThatDoesNotLookLikeOneStopsStartUpWithAReason() {
        runner.withPropertyValues("newsdesk.telegram.token=not-a-token").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("newsdesk.telegram.token");
        });
    }

    @Test
    void aWebhookWithoutASecretStopsStartUp() {
        runner.withPropertyValues("newsdesk.telegram.token=" + BotApiStandIn.TOKEN,
                "newsdesk.telegram.webhook.url=https://bot.example.cn/telegram/webhook").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("secret");
        });
    }

    @Test
    void webhookDeliveriesWithoutTheSecretAreRefusedAndWithItAnswered() throws Exception {
        try (BotApiStandIn api = new BotApiStandIn()) {
            FixedAnswerEngine engine = new FixedAnswerEngine().answering(BotFixtures.villagesAnswer());
            StandInBot.against(api, engine, new AnsweredAlone(engine))
                    .withPropertyValues("newsdesk.telegram.webhook.url=https://bot.example.cn/telegram/webhook",
                            "newsdesk.telegram.webhook.secret=s3cret-for-tests-only",
                            "newsdesk.telegram.webhook.port=0")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        BotApiStandIn.Call setWebhook = api.awaitCalls("setWebhook", 1).getFirst();
                        assertThat(setWebhook.body().path("secret_token").asString()).isEqualTo("s3cret-for-tests-only");
                        int port = ((WebhookSource) context.getBean(UpdateSource.class)).port();
                        String update = Updates.privateText(4201, "川汇区建了多少个电商村？").replace("\"update_id\":0", "\"update_id\":1");

                        assertThat(post(port, update, "wrong-secret-wrong-secret")).isEqualTo(401);
                        assertThat(post(port, update, null)).isEqualTo(401);
                        assertThat(post(port, update, "s3cret-for-tests-only")).isEqualTo(200);

                        assertThat(api.awaitCalls("sendMessage", 1)).singleElement()
                                .satisfies(call -> assertThat(call.text()).contains("打造电商村52个"));
                        assertThat(api.calls("getUpdates")).isEmpty();
                    });
        }
    }

    private static int post(int port, String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookSource.SECRET_HEADER, secret);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
