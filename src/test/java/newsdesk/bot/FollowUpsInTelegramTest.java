package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import newsdesk.answer.AnswerEngine;
import newsdesk.answer.AnswerFixtures;
import newsdesk.answer.ConversationFixtures;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-up questions in a chat, through the real bot and the real answers over the five sample pages,
 * against the Bot API stand-in: each question is sent after the previous reply arrived, as people do.
 */
class FollowUpsInTelegramTest {

    private static final long ALICE = 4301;
    private static final long BOB = 4302;

    static SearchService search;
    static AnswerEngine answers;

    private BotApiStandIn api;

    @BeforeAll
    static void indexSamplePages() {
        search = SearchFixtures.samplePages();
        answers = AnswerFixtures.over(search);
    }

    @BeforeEach
    void startStandIn() throws Exception {
        api = new BotApiStandIn();
    }

    @AfterEach
    void stopStandIn() throws Exception {
        api.close();
    }

    private void withBot(Consumer<Chat> test) {
        StandInBot.against(api, answers, ConversationFixtures.over(answers, search))
                .withPropertyValues("newsdesk.telegram.typing-after=5s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    test.accept(new Chat());
                });
    }

    /** Sends a text and waits for the bot's next message. */
    private final class Chat {
        private int replies;

        String ask(long chatId, String text) {
            api.send(Updates.privateText(chatId, text));
            replies++;
            BotApiStandIn.Call reply = api.awaitCalls("sendMessage", replies).get(replies - 1);
            assertThat(reply.chatId()).isEqualTo(chatId);
            return reply.text();
        }
    }

    @Test
    void theSecondAndThirdQuestionsAreAnsweredAboutTheFirstAndSayHowTheyWereUnderstood() {
        withBot(chat -> {
            String first = chat.ask(ALICE, "示范区三八妇女节表彰了多少个红旗集体");
            String second = chat.ask(ALICE, "巾帼建功标兵呢");
            String third = chat.ask(ALICE, "这是第几周年");

            assertThat(first).doesNotContain("理解为").contains("7个三八红旗集体");
            assertThat(second).startsWith("<i>理解为：示范区").contains("29名巾帼建功标兵");
            assertThat(third).startsWith("<i>理解为：").contains("114周年");
        });
    }

    @Test
    void resetForgetsTheConversationAndSaysSo() {
        withBot(chat -> {
            chat.ask(ALICE, "示范区三八妇女节表彰了多少个红旗集体");

            String reset = chat.ask(ALICE, "/reset");
            String afterwards = chat.ask(ALICE, "巾帼建功标兵呢");

            assertThat(reset).contains("之前的问题我已经忘了");
            assertThat(afterwards).doesNotContain("理解为");
        });
    }

    @Test
    void anotherChatDoesNotContinueThisChatsConversation() {
        withBot(chat -> {
            chat.ask(ALICE, "示范区三八妇女节表彰了多少个红旗集体");

            String bobs = chat.ask(BOB, "巾帼建功标兵呢");

            assertThat(bobs).doesNotContain("理解为");
        });
    }
}
