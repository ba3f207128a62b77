package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsdesk.admin.IndexMaintenance;
import newsdesk.answer.AnsweredAlone;
import newsdesk.bot.BotApiStandIn.Call;
import newsdesk.ingest.IngestProperties;
import newsdesk.ingest.IngestService;
import newsdesk.ingest.SamplePages;
import newsdesk.search.SearchFixtures;
import newsdesk.search.SearchService;
import newsdesk.subscriptions.Subscriptions;
import newsdesk.subscriptions.SubscriptionsStorage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;

/**
 * Subscriptions through the real bot, a real question log database and a real index refreshed from page
 * files, against the Bot API stand-in: the commands, the limit, the notification after a refresh that adds a
 * page about a topic (saved as target/screenshots/notification.html, and drawn by Chromium
 * into notification.png where it is installed), a chat that blocked the bot, /forget.
 */
class SubscriptionsInTelegramTest {

    private static final Path SAMPLES = Path.of("index/pages");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** The January 2024 page of the 示范区, with the 2024 spring conscription (征兵) report and photo. */
    private static final String CONSCRIPTION_PAGE = "004_de095c37571e801a.txt";
    private static final List<String> FIRST_PAGES = List.of("000_8d4900da70319227.txt", "001_1e8b83b8a78d0517.txt");
    private static final long ALICE = 5501;
    private static final long BOB = 5502;
    private static final long CAROL = 5503;
    /** How a notification starts (messages.yaml, notification). */
    private static final String NOTICE = "有新报道：";

    @TempDir
    Path folder;
    @TempDir
    Path pagesDir;
    @TempDir
    Path indexDir;

    private BotApiStandIn api;
    private SearchService search;
    private final FixedAnswerEngine engine = new FixedAnswerEngine()
            .answering(BotFixtures.villagesAnswer())
            .knowing(BotFixtures.villagesArticle());

    @BeforeEach
    void start() throws IOException {
        api = new BotApiStandIn();
        for (String page : FIRST_PAGES) {
            Files.copy(SAMPLES.resolve(page), pagesDir.resolve(page));
        }
        Files.copy(SAMPLES.resolve("manifest.csv"), pagesDir.resolve("manifest.csv"));
        search = SearchFixtures.withoutIndex(indexDir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
        search.close();
    }

    private void withBot(ContextConsumer<AssertableApplicationContext> test) {
        StandInBot.against(api, engine, new AnsweredAlone(engine))
                .with(SubscriptionsStorage.kept(folder, Clock.systemUTC()))
                .withBean(SearchService.class, () -> search)
                .withBean(IngestService.class, () -> SamplePages.ingestServiceFor(pagesDir))
                .withBean(IngestProperties.class, () -> SamplePages.propertiesFor(pagesDir))
                .withUserConfiguration(IndexMaintenance.class)
                // Eleven commands in a row from one chat, more than a person's questions are allowed.
                .withPropertyValues("newsdesk.telegram.rate-limit.burst=50")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    context.getBean(IndexMaintenance.class).refresh();
                    test.accept(context);
                });
    }

    @Test
    void subscribeListsAndUnsubscribesTopicsAndTheCommandsAreInTheMenu() {
        withBot(context -> {
            assertThat(api.awaitCalls("setMyCommands", 1).getFirst().body().path("commands").findValuesAsString("command"))
                    .contains("subscribe", "subscriptions", "unsubscribe", "forget");

            assertThat(say(ALICE, "/subscribe 征兵", 1).text()).contains("已订阅“征兵”");
            assertThat(say(ALICE, "/subscribe  ＦＯＯＤ ", 2).text()).contains("已订阅“food”");
            assertThat(say(ALICE, "/subscribe 征兵", 3).text()).contains("已经订阅了“征兵”");
            assertThat(say(ALICE, "/subscribe", 4).text()).contains("/subscribe 征兵");
            assertThat(say(ALICE, "/subscribe ！！！", 5).text()).contains("1 到 16 个字");

            Call list = say(ALICE, "/subscriptions", 6);
            assertThat(list.text()).contains("征兵", "food");
            assertThat(list.buttons()).extracting(Map.Entry::getKey).containsExactly("退订 征兵", "退订 food");

            api.send(Updates.buttonPress(ALICE, button(list.buttons(), "退订 征兵")));
            assertThat(api.awaitCalls("sendMessage", 7).get(6).text()).contains("已退订“征兵”");
            assertThat(say(ALICE, "/unsubscribe food", 8).text()).contains("已退订“food”");
            assertThat(say(ALICE, "/unsubscribe food", 9).text()).contains("没有订阅“food”");
            assertThat(say(ALICE, "/subscriptions", 10).text()).contains("还没有订阅");
        });
    }

    @Test
    void aChatHasAtMostTenTopicsAndIsToldSoPolitely() {
        withBot(context -> {
            for (int i = 1; i <= 10; i++) {
                assertThat(say(ALICE, "/subscribe 话题" + i, i).text()).contains("已订阅");
            }

            assertThat(say(ALICE, "/subscribe 征兵", 11).text()).contains("最多订阅 10 个话题", "先用 /subscriptions 退订");
            assertThat(context.getBean(Subscriptions.class).topics(ALICE)).hasSize(10).doesNotContain("征兵");
        });
    }

    @Test
    void aRefreshThatAddsAPageAboutASubscribedTopicSendsOneNotificationToThatChatAndNoneToOthers() throws IOException {
        withBot(context -> {
            say(ALICE, "/subscribe 征兵", 1);
            say(BOB, "/subscribe 足球", 2);
            // The old pages are about 清凉空间; a refresh that adds nothing about it is no news for Carol.
            say(CAROL, "/subscribe 清凉空间", 3);

            addPageAndRefresh(context);

            Call notice = api.awaitCalls("sendMessage", 1, call -> call.chatId() == ALICE && call.text().contains(NOTICE))
                    .getFirst();
            assertThat(notice.text()).contains("有新报道：征兵", "开展征兵宣传 激发青年入伍热情", "2024年1月",
                    "民兵为群众讲解征兵政策", "/subscriptions");
            assertThat(notice.buttons()).hasSize(2).allSatisfy(button -> assertThat(button.getValue()).startsWith("a:"));
            saveScreenshot(notice);

            // The bot sends notices one after another; a second one, or one to Bob or Carol, would be here by now.
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
            assertThat(api.sentMessages(ALICE)).filteredOn(call -> call.text().contains(NOTICE)).hasSize(1);
            assertThat(api.sentMessages(BOB)).hasSize(1);
            assertThat(api.sentMessages(CAROL)).hasSize(1);

            // The bot's full text comes from the answer engine, here a fixed one told the new article.
            String articleId = notice.buttons().getFirst().getValue().substring("a:".length());
            engine.knowing(search.article(articleId).orElseThrow());
            api.send(Updates.buttonPress(ALICE, notice.buttons().getFirst().getValue()));
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> api.sentMessages(ALICE).stream().anyMatch(call -> call.text().contains("征兵宣传手册")));
        });
    }

    /** An editor corrects a word in a report and replaces the page: the same reports are no news a second time. */
    @Test
    void aPageReplacedToCorrectATypoSendsNoSecondNotification() throws IOException {
        withBot(context -> {
            say(ALICE, "/subscribe 征兵", 1);
            addPageAndRefresh(context);
            api.awaitCalls("sendMessage", 1, call -> call.chatId() == ALICE && call.text().contains(NOTICE));

            Path page = pagesDir.resolve(CONSCRIPTION_PAGE);
            try {
                String text = Files.readString(page);
                assertThat(text).contains("征兵宣传手册");
                Files.writeString(page, text.replaceFirst("征兵宣传手册", "征兵宣传册"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(context.getBean(IndexMaintenance.class).refresh().replaced()).containsExactly(CONSCRIPTION_PAGE);

            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
            assertThat(api.sentMessages(ALICE)).filteredOn(call -> call.text().contains(NOTICE)).hasSize(1);
        });
    }

    @Test
    void aChatThatBlockedTheBotHasItsSubscriptionsRemoved() {
        withBot(context -> {
            say(ALICE, "/subscribe 征兵", 1);
            say(ALICE, "/subscribe 民兵", 2);
            // Bob's topic is not in the new page: the one notice of this refresh is Alice's, and it meets the 403.
            say(BOB, "/subscribe 足球", 3);
            api.fail("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}", 1);

            addPageAndRefresh(context);

            Subscriptions subscriptions = context.getBean(Subscriptions.class);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions.topics(ALICE).isEmpty());
            assertThat(api.calls("sendMessage")).filteredOn(call -> call.status() == 403).singleElement()
                    .satisfies(call -> assertThat(call.chatId()).isEqualTo(ALICE));
            assertThat(subscriptions.topics(BOB)).containsExactly("足球");
        });
    }

    @Test
    void forgetDeletesTheChatsSubscriptionsAndKeepsAnotherChats() {
        withBot(context -> {
            say(ALICE, "/subscribe 征兵", 1);
            say(ALICE, "/subscribe 清凉空间", 2);
            say(BOB, "/subscribe 征兵", 3);

            assertThat(say(ALICE, "/forget", 4).text()).contains("已删除", "订阅（2 个）");

            Subscriptions subscriptions = context.getBean(Subscriptions.class);
            assertThat(subscriptions.topics(ALICE)).isEmpty();
            assertThat(subscriptions.topics(BOB)).containsExactly("征兵");
        });
    }

    @Test
    void theButtonUnderAnAnswerSubscribesTheChatToTheQuestionsTopic() {
        withBot(context -> {
            Call answer = say(ALICE, "川汇区建了多少个电商村？", 1);
            assertThat(answer.buttons()).extracting(Map.Entry::getKey).containsExactly("来源", "全文", "👍", "👎",
                    "有新报道时通知我");

            api.send(Updates.buttonPress(ALICE, button(answer.buttons(), "有新报道时通知我")));

            assertThat(api.awaitCalls("sendMessage", 2).get(1).text()).contains("已订阅");
            assertThat(context.getBean(Subscriptions.class).topics(ALICE)).singleElement()
                    .isEqualTo("川汇区 电商");
        });
    }

    private void addPageAndRefresh(AssertableApplicationContext context) {
        try {
            Files.copy(SAMPLES.resolve(CONSCRIPTION_PAGE), pagesDir.resolve(CONSCRIPTION_PAGE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(context.getBean(IndexMaintenance.class).refresh().added()).containsExactly(CONSCRIPTION_PAGE);
    }

    /** Sends a private message and returns the {@code nth} message the bot sent in all. */
    private Call say(long chatId, String text, int nth) {
        api.send(Updates.privateText(chatId, text));
        return api.awaitCalls("sendMessage", nth).get(nth - 1);
    }

    private static String button(List<Map.Entry<String, String>> buttons, String label) {
        return buttons.stream().filter(button -> button.getKey().equals(label)).findFirst().orElseThrow().getValue();
    }

    /**
     * The notification exactly as the stand-in received it: its Telegram HTML shown as a chat would render it
     * (Telegram's tags are HTML tags), with its inline buttons and their callback data under it.
     */
    private static void saveScreenshot(Call notice) {
        StringBuilder buttons = new StringBuilder();
        for (Map.Entry<String, String> button : notice.buttons()) {
            buttons.append("<div class=\"button\" title=\"").append(escape(button.getValue())).append("\">")
                    .append(escape(button.getKey())).append("</div>\n");
        }
        String page = """
                <!DOCTYPE html>
                <html lang="zh"><head><meta charset="utf-8"><title>NewsDesk notification</title>
                <style>body{font-family:sans-serif;background:#dfe7ef;max-width:420px;margin:2em auto}
                .message{background:#fff;border-radius:12px;padding:12px;white-space:pre-wrap}
                .button{background:#5b8bb6;color:#fff;border-radius:8px;padding:8px;margin-top:4px;text-align:center}
                pre.raw{font-size:11px;white-space:pre-wrap}</style></head><body>
                <p>chat_id %d, parse_mode %s</p>
                <div class="message">%s</div>
                %s
                <h4>Telegram HTML as sent</h4><pre class="raw">%s</pre>
                </body></html>
                """.formatted(notice.chatId(), notice.body().path("parse_mode").asString(), notice.text(), buttons,
                escape(notice.text()));
        try {
            Path file = Path.of("target", "screenshots", "notification.html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, page, StandardCharsets.UTF_8);
            if (Files.isExecutable(CHROMIUM)) {
                assertThat(rendered(file)).isNotEmptyFile();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page as Chromium draws it, where it is installed ({@code .ci/run} installs it): notification.png beside it. */
    private static Path rendered(Path html) throws IOException, InterruptedException {
        Path png = html.resolveSibling("notification.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("chromium-notification");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=480,720", "--screenshot=" + png, html.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
        }
        return png;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
