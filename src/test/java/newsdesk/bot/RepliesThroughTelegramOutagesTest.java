package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import newsdesk.answer.AnsweredAlone;
import newsdesk.bot.BotApiStandIn.Call;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A reply already worked out is not lost to a Telegram outage: it is kept and sent once the Bot API
 * answers again, in order per chat, and given up only with a log line naming the chat.
 */
@ExtendWith(OutputCaptureExtension.class)
class RepliesThroughTelegramOutagesTest {

    private static final long ALICE = 4201;
    private static final String BAD_GATEWAY = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    private BotApiStandIn api;
    private final FixedAnswerEngine engine = new FixedAnswerEngine()
            .answering(BotFixtures.villagesAnswer())
            .answering(BotFixtures.abstentionWithSuggestions());

    @BeforeEach
    void startStandIn() throws Exception {
        api = new BotApiStandIn();
    }

    @AfterEach
    void stopStandIn() throws Exception {
        api.close();
    }

    private void withBot(ContextConsumer<AssertableApplicationContext> test, String... properties) {
        StandInBot.against(api, engine, new AnsweredAlone(engine))
                .withPropertyValues(
                        "newsdesk.telegram.sending.backoff=20ms",
                        "newsdesk.telegram.retry.initial-delay=50ms",
                        "newsdesk.telegram.retry.max-delay=200ms")
                .withPropertyValues(properties)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    test.accept(context);
                });
    }

    @Test
    void aReplyMetBy502sForTwoSecondsArrivesOnceTheBotApiRecovers() {
        withBot(context -> {
            api.awaitCalls("setMyCommands", 1);
            api.failFor("sendMessage", Duration.ofSeconds(2), 502, BAD_GATEWAY);

            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            List<Call> delivered = awaitDelivered(1);
            assertThat(delivered.getFirst().text()).contains("打造电商村52个");
            assertThat(delivered.getFirst().chatId()).isEqualTo(ALICE);
        });
    }

    @Test
    void repliesKeptForAChatArriveInTheOrderTheyWereAnswered() {
        withBot(context -> {
            api.awaitCalls("setMyCommands", 1);
            api.failFor("sendMessage", Duration.ofMillis(800), 502, BAD_GATEWAY);

            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));
            api.send(Updates.privateText(ALICE, "周口明天下雨吗？"));

            List<Call> delivered = awaitDelivered(2);
            assertThat(delivered.get(0).text()).contains("打造电商村52个");
            assertThat(delivered.get(1).text()).contains("报纸上没有找到相关报道");
        }, "newsdesk.telegram.workers.threads=1");
    }

    @Test
    void aFloodWaitLastingBeyondTheInLineAttemptsIsWaitedOutAndNeverCutShort() {
        String tooMany = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                + "\"parameters\":{\"retry_after\":1}}";
        api.fail("sendMessage", 429, tooMany, 2);
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            List<Call> attempts = api.awaitCalls("sendMessage", 3);
            assertThat(attempts.get(2).text()).contains("打造电商村52个");
            assertThat(Duration.ofNanos(attempts.get(1).nanos() - attempts.get(0).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(Duration.ofNanos(attempts.get(2).nanos() - attempts.get(1).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }, "newsdesk.telegram.sending.max-attempts=2");
    }

    @Test
    void aUserWhoBlockedTheBotIsGivenUpAtOnceWithALogLineNamingTheChat(CapturedOutput output) {
        api.fail("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}", 1);
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));
            api.awaitCalls("sendMessage", 1);

            // Many retry periods (50 ms, then up to 200 ms) pass without a second call for the chat.
            Awaitility.await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                    .until(() -> api.sentMessages(ALICE).size() == 1);
            assertThat(output.getAll()).containsPattern("chat 4201 .*403.*blocked by the user");
        });
    }

    @Test
    void aReplyStillUndeliveredAfterKeepForIsGivenUpWithALogLineNamingTheChat(CapturedOutput output) {
        withBot(context -> {
            api.awaitCalls("setMyCommands", 1);
            api.failFor("sendMessage", Duration.ofSeconds(3), 502, BAD_GATEWAY);

            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> output.getAll().contains("reply to chat 4201 given up"));
            int callsWhenGivenUp = api.sentMessages(ALICE).size();
            Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> api.sentMessages(ALICE).size() == callsWhenGivenUp);
        }, "newsdesk.telegram.sending.keep-for=500ms");
    }

    /** The sendMessage calls the Bot API accepted, in the order they came. */
    private List<Call> awaitDelivered(int count) {
        return api.awaitCalls("sendMessage", count, Call::accepted);
    }
}
