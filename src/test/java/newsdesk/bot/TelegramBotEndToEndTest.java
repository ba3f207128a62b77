package newsdesk.bot;

import newsdesk.answer.AnswerStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Answer;
import newsdesk.answer.AnsweredAlone;
import newsdesk.bot.BotApiStandIn.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;

/**
 * The real bot (Spring wiring, TelegramBots long polling, OkHttp client) against a Bot API stand-in
 * on 127.0.0.1, checked by what a chat would see.
 */
class TelegramBotEndToEndTest {

    private static final long ALICE = 4201;
    private static final long GROUP = -100777;

    private BotApiStandIn api;
    private final FixedAnswerEngine engine = new FixedAnswerEngine()
            .answering(BotFixtures.villagesAnswer())
            .answering(BotFixtures.abstentionWithSuggestions())
            .answering(BotFixtures.hostileAnswer())
            .answering(BotFixtures.activitiesList())
            .withNewestEdition(BotFixtures.newestEdition())
            .knowing(BotFixtures.villagesArticle())
            .knowing(BotFixtures.hostileArticle());

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
                        "newsdesk.telegram.typing-after=150ms",
                        "newsdesk.telegram.sending.backoff=20ms",
                        "newsdesk.telegram.retry.initial-delay=20ms")
                .withPropertyValues(properties)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    test.accept(context);
                });
    }

    @Test
    void registersTheCommandMenuAtStartAndWelcomesWithWhatThePaperCovers() {
        withBot(context -> {
            Call menu = api.awaitCalls("setMyCommands", 1).getFirst();
            assertThat(menu.body().path("commands").findValuesAsString("command"))
                    .containsExactly("start", "today", "help", "about", "ask", "reset");

            api.send(Updates.privateText(ALICE, "/start"));

            Call welcome = api.awaitCalls("sendMessage", 1).getFirst();
            assertThat(welcome.chatId()).isEqualTo(ALICE);
            assertThat(welcome.text()).contains("<b>41</b> 篇报道").contains("2023年7月1日 至 2023年11月3日");
            assertThat(welcome.body().path("parse_mode").asString()).isEqualToIgnoringCase("HTML");
        });
    }

    @Test
    void aQuestionInAPrivateChatIsAnsweredWithQuotedSentencesCitationAndButtons() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            Call reply = api.awaitCalls("sendMessage", 1).getFirst();
            assertThat(reply.chatId()).isEqualTo(ALICE);
            assertThat(reply.text()).startsWith("<blockquote>建设物流中心5个；打造电商村52个。</blockquote>")
                    .contains("<b>川汇区电商产业蓬勃发展</b>，2023年7月14日 第3版");
            assertThat(reply.buttons()).extracting(Map.Entry::getKey).containsExactly("来源", "全文");
        });
    }

    @Test
    void pressingSourcesListsEveryExcerptAndFullTextSendsTheArticle() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));
            List<Map.Entry<String, String>> buttons = api.awaitCalls("sendMessage", 1).getFirst().buttons();

            api.send(Updates.buttonPress(ALICE, buttons.get(0).getValue()));
            Call sources = api.awaitCalls("sendMessage", 2).get(1);
            assertThat(sources.text()).contains("<b>1. 川汇区电商产业蓬勃发展</b>")
                    .contains("<blockquote>建设物流中心5个；打造电商村52个。</blockquote>")
                    .contains("<b>2. 红色物业让小区更温暖</b>");
            assertThat(api.awaitCalls("answerCallbackQuery", 1)).isNotEmpty();

            api.send(Updates.buttonPress(ALICE, buttons.get(1).getValue()));
            Call article = api.awaitCalls("sendMessage", 3).get(2);
            assertThat(article.text()).startsWith("<b>川汇区电商产业蓬勃发展</b>\n<i>打造电商村52个</i>")
                    .contains("本报讯 今年上半年，川汇区电商产业蓬勃发展。");
        });
    }

    @Test
    void aBroadQuestionIsAnsweredWithNumberedArticlesAndAFullTextButtonForEach() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "最近有什么活动？"));

            Call reply = api.awaitCalls("sendMessage", 1).getFirst();
            assertThat(reply.text()).contains("1. <b>川汇区电商产业蓬勃发展</b>（2023年7月14日 第3版）— 建设物流中心5个；打造电商村52个。")
                    .contains("2. <b>红色物业让小区更温暖</b>（第3版）— “红色物业”把党支部建在小区里。");
            assertThat(reply.buttons()).extracting(Map.Entry::getValue)
                    .containsExactly("a:" + BotFixtures.VILLAGES_ID, "a:" + BotFixtures.PROPERTY_ID);

            api.send(Updates.buttonPress(ALICE, reply.buttons().getFirst().getValue()));

            Call article = api.awaitCalls("sendMessage", 2).get(1);
            assertThat(article.text()).startsWith("<b>川汇区电商产业蓬勃发展</b>").contains("打造电商村52个");
        });
    }

    @Test
    void todayListsTheNewestEditionsHeadlinesByPageWithItsDateAsPrinted() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "/today"));

            String text = api.awaitCalls("sendMessage", 1).getFirst().text();
            assertThat(text).contains("2023年11月（推断）")
                    .containsSubsequence("<b>第1版</b>", "• 川汇区电商产业蓬勃发展", "• &lt;b&gt;C++ &amp; Java&lt;/b&gt; 培训班",
                            "<b>版次不详</b>", "• 红色物业让小区更温暖");
        });
    }

    @Test
    void aQuestionThePaperCannotAnswerGetsAPoliteNoWithTheClosestArticlesAsButtons() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "周口明天下雨吗？"));

            Call reply = api.awaitCalls("sendMessage", 1).getFirst();
            assertThat(reply.text()).contains("报纸上没有找到相关报道").doesNotContain("<blockquote>");
            assertThat(reply.buttons()).extracting(Map.Entry::getKey)
                    .containsExactly("川汇区电商产业蓬勃发展", "红色物业让小区更温暖");
            assertThat(reply.buttons().getFirst().getValue()).isEqualTo("a:" + BotFixtures.VILLAGES_ID);
        });
    }

    @Test
    void tagsAndAmpersandsInQuestionAndArticleArriveEscaped() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "<b>培训班</b> & 1 < 2 ?"));

            Call reply = api.awaitCalls("sendMessage", 1).getFirst();
            assertThat(reply.text()).contains("a &lt; b &amp;&amp; c &gt; d")
                    .contains("<b>&lt;b&gt;C++ &amp; Java&lt;/b&gt; 培训班 &lt;script&gt;</b>");
            MessageSplitterTest.assertBalanced(reply.text());

            api.send(Updates.buttonPress(ALICE, reply.buttons().get(1).getValue()));
            assertThat(api.awaitCalls("sendMessage", 2).get(1).text()).contains("&lt;info@example.cn&gt;");
        });
    }

    @Test
    void aSixThousandCharacterAnswerArrivesInTwoValidPartsWithButtonsUnderTheLast() {
        String sentences = "清凉空间为户外劳动者提供饮水、休息和充电服务。".repeat(270).substring(0, 6000);
        engine.answering(new Answer("清凉空间提供什么？", AnswerStatus.ANSWERED, sentences, List.of(BotFixtures.villagesCitation()), 3));
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "清凉空间提供什么？"));

            List<Call> parts = api.awaitCalls("sendMessage", 2);
            assertThat(parts).allSatisfy(part -> {
                assertThat(part.text().length()).isLessThanOrEqualTo(4096);
                MessageSplitterTest.assertBalanced(part.text());
            });
            assertThat(parts.get(0).text()).endsWith("。</blockquote>");
            assertThat(parts.get(0).buttons()).isEmpty();
            assertThat(parts.get(1).buttons()).extracting(Map.Entry::getKey).containsExactly("来源", "全文");
            String text = (parts.get(0).text() + parts.get(1).text()).replaceAll("<[^>]+>", "");
            assertThat(text).startsWith(sentences);
        });
    }

    @Test
    void whenTelegramSaysTooManyRequestsTheReplyIsSentAfterRetryAfter() {
        api.fail("sendMessage", 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                + "\"parameters\":{\"retry_after\":1}}", 1);
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            List<Call> attempts = api.awaitCalls("sendMessage", 2);
            assertThat(attempts.get(1).text()).contains("打造电商村52个");
            assertThat(Duration.ofNanos(attempts.get(1).nanos() - attempts.get(0).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        });
    }

    @Test
    void aUserWhoBlockedTheBotIsNotRetriedAndOthersStillGetAnswers() {
        api.fail("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}", 1);
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));
            api.awaitCalls("sendMessage", 1);
            api.send(Updates.privateText(ALICE + 1, "川汇区建了多少个电商村？"));

            api.awaitCalls("sendMessage", 2);
            assertThat(api.sentMessages(ALICE)).hasSize(1);
            assertThat(api.sentMessages(ALICE + 1)).hasSize(1);
        });
    }

    @Test
    void serverErrorsAreRetriedWithBackOff() {
        api.fail("sendMessage", 502, "<html>Bad Gateway</html>", 2);
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            assertThat(api.awaitCalls("sendMessage", 3)).hasSize(3).last()
                    .satisfies(call -> assertThat(call.text()).contains("打造电商村52个"));
        });
    }

    @Test
    void aBurstFromOneChatIsToldOnceToSlowDownWhileOtherChatsAreServed() {
        withBot(context -> {
            for (int i = 0; i < 8; i++) {
                api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));
            }
            api.send(Updates.privateText(ALICE + 1, "川汇区建了多少个电商村？"));

            api.awaitCalls("sendMessage", 5);
            List<Call> toAlice = api.sentMessages(ALICE);
            assertThat(toAlice).filteredOn(call -> call.text().contains("电商村52个")).hasSize(3);
            assertThat(toAlice).filteredOn(call -> call.text().contains("你问得太快啦")).hasSize(1);
            assertThat(api.sentMessages(ALICE + 1)).hasSize(1);
        }, "newsdesk.telegram.rate-limit.burst=3", "newsdesk.telegram.rate-limit.per-minute=1");
    }

    @Test
    void inAGroupTheBotAnswersOnlyWhenMentionedRepliedToOrAsked() {
        withBot(context -> {
            api.send(Updates.groupText(GROUP, "川汇区建了多少个电商村？"));
            api.send(Updates.groupMention(GROUP, "@newsdesk_bot 川汇区建了多少个电商村？"));
            api.send(Updates.groupReplyToBot(GROUP, "川汇区建了多少个电商村？"));
            api.send(Updates.groupText(GROUP, "/ask@newsdesk_bot 川汇区建了多少个电商村？"));
            api.send(Updates.groupText(GROUP, "/ask@other_bot 川汇区建了多少个电商村？"));

            api.awaitCalls("sendMessage", 3);
            // The updates are handled in order of arrival; one more round trip shows nothing else is coming.
            api.send(Updates.privateText(ALICE, "/help"));
            api.awaitCalls("sendMessage", 4);
            assertThat(api.sentMessages(GROUP)).hasSize(3)
                    .allSatisfy(call -> assertThat(call.text()).contains("打造电商村52个"));
        }, "newsdesk.telegram.workers.threads=1");
    }

    @Test
    void aSlowAnswerShowsTheTypingIndicatorAndAQuickOneDoesNot() {
        withBot(context -> {
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));
            api.awaitCalls("sendMessage", 1);
            assertThat(api.calls("sendChatAction")).isEmpty();

            engine.thinkingFor(Duration.ofMillis(500));
            api.send(Updates.privateText(ALICE, "川汇区建了多少个电商村？"));

            Call typing = api.awaitCalls("sendChatAction", 1).getFirst();
            assertThat(typing.body().path("action").asString()).isEqualTo("typing");
            assertThat(typing.chatId()).isEqualTo(ALICE);
            api.awaitCalls("sendMessage", 2);
        });
    }

    @Test
    void whenEveryWorkerIsBusyAndTheQueueFullTheAskerIsToldToTryAgain() {
        engine.thinkingFor(Duration.ofMillis(600));
        withBot(context -> {
            for (long chat = 1; chat <= 4; chat++) {
                api.send(Updates.privateText(chat, "川汇区建了多少个电商村？"));
            }

            api.awaitCalls("sendMessage", 4);
            assertThat(api.calls("sendMessage")).filteredOn(call -> call.text().contains("现在提问的人有点多")).hasSize(2);
            assertThat(api.calls("sendMessage")).filteredOn(call -> call.text().contains("电商村52个")).hasSize(2);
        }, "newsdesk.telegram.workers.threads=1", "newsdesk.telegram.workers.queue=1");
    }
}
