package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import newsdesk.answer.AnsweredAlone;
import newsdesk.bot.BotApiStandIn.Call;
import newsdesk.feedback.FeedbackStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;

/** 👍 / 👎 and /forget through the real bot and a real question log, against the Bot API stand-in. */
class FeedbackInTelegramTest {

    private static final long ALICE = 4501;
    private static final long BOB = 4502;

    @TempDir
    Path folder;

    private BotApiStandIn api;
    private final FixedAnswerEngine engine = new FixedAnswerEngine()
            .answering(BotFixtures.villagesAnswer())
            .knowing(BotFixtures.villagesArticle());

    @BeforeEach
    void startStandIn() throws Exception {
        api = new BotApiStandIn();
    }

    @AfterEach
    void stopStandIn() throws Exception {
        api.close();
    }

    private void withBot(ContextConsumer<AssertableApplicationContext> test) {
        StandInBot.against(api, engine, new AnsweredAlone(engine))
                .with(FeedbackStorage.kept(folder, Clock.systemUTC()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    test.accept(context);
                });
    }

    @Test
    void everyAnswerHasThumbsButtonsAndForgetIsInTheCommandMenu() {
        withBot(context -> {
            assertThat(api.awaitCalls("setMyCommands", 1).getFirst().body().path("commands").findValuesAsString("command"))
                    .contains("reset", "forget");

            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            assertThat(api.awaitCalls("sendMessage", 1).getFirst().buttons()).extracting(Map.Entry::getKey)
                    .containsExactly("来源", "全文", "👍", "👎");
        });
    }

    @Test
    void aThumbsDownAsksForAReasonAndTheNextMessageIsStoredAsItNotAnswered() {
        withBot(context -> {
            List<Map.Entry<String, String>> buttons = ask(ALICE, 1);

            api.send(Updates.buttonPress(ALICE, button(buttons, "👎")));
            assertThat(api.awaitCalls("sendMessage", 2).get(1).text())
                    .contains("下一条消息会作为原因记下", "5 分钟");

            api.send(Updates.privateText(ALICE, "引用的报道不对"));
            assertThat(api.awaitCalls("sendMessage", 3).get(2).text()).contains("收到");

            assertThat(FeedbackStorage.rated(context)).singleElement().satisfies(row -> {
                assertThat(row.question()).isEqualTo("川汇区建了多少个电商村？");
                assertThat(row.rating()).isEqualTo("down");
                assertThat(row.reason()).isEqualTo("引用的报道不对");
                assertThat(row.channel()).isEqualTo("telegram");
                assertThat(row.outcome()).isEqualTo("answered");
                assertThat(row.articleIds()).isNotEmpty();
            });
        });
    }

    @Test
    void forgetDeletesThatChatsQuestionsAndRatingsAndKeepsAnotherChats() {
        withBot(context -> {
            api.send(Updates.buttonPress(ALICE, button(ask(ALICE, 1), "👍")));
            assertThat(api.awaitCalls("sendMessage", 2).get(1).text()).contains("谢谢");
            String bobsRating = button(ask(BOB, 3), "👍");
            api.send(Updates.buttonPress(BOB, bobsRating));
            api.awaitCalls("sendMessage", 4);

            api.send(Updates.privateText(ALICE, "/forget"));

            assertThat(api.awaitCalls("sendMessage", 5).get(4).text()).contains("已删除", "1 条提问");
            assertThat(FeedbackStorage.rated(context)).extracting(row -> "f:up:" + row.questionId())
                    .containsExactly(bobsRating);
        });
    }

    @Test
    void aChatCannotRateAnotherChatsAnswerWithACopiedButton() {
        withBot(context -> {
            List<Map.Entry<String, String>> alices = ask(ALICE, 1);

            api.send(Updates.buttonPress(BOB, button(alices, "👎")));

            Call reply = api.awaitCalls("sendMessage", 2).get(1);
            assertThat(reply.chatId()).isEqualTo(BOB);
            assertThat(reply.text()).contains("过期");
            assertThat(FeedbackStorage.rated(context)).isEmpty();
        });
    }

    /** Asks the fixed question and returns the buttons of the answer, the {@code nth} message sent. */
    private List<Map.Entry<String, String>> ask(long chatId, int nth) {
        api.send(Updates.privateText(chatId, "川汇区建了多少个电商村？"));
        return api.awaitCalls("sendMessage", nth).get(nth - 1).buttons();
    }

    private static String button(List<Map.Entry<String, String>> buttons, String label) {
        return buttons.stream().filter(button -> button.getKey().equals(label)).findFirst().orElseThrow().getValue();
    }
}
