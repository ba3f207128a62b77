package newsdesk.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service with a bot token set and nothing listening where the Bot API should be, as where
 * Telegram is blocked: the web page and API come up and are ready, the bot's own health says it is not
 * connected, and once a Bot API answers on that port the bot starts answering chats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceWithTelegramUnreachableTest {

    private static final long ALICE = 4201;
    private static final int BOT_API_PORT = closedLoopbackPort();

    @TempDir
    static Path work;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private BotApiStandIn api;

    @DynamicPropertySource
    static void botTokenAndABotApiThatIsNotThere(DynamicPropertyRegistry registry) {
        registry.add("newsdesk.search.index-dir", () -> work.resolve("index").toString());
        registry.add("newsdesk.telegram.token", () -> BotApiStandIn.TOKEN);
        registry.add("newsdesk.telegram.api-url", () -> "http://127.0.0.1:" + BOT_API_PORT);
        registry.add("newsdesk.telegram.poll-timeout", () -> "1s");
        registry.add("newsdesk.telegram.retry.initial-delay", () -> "100ms");
        registry.add("newsdesk.telegram.retry.max-delay", () -> "400ms");
    }

    @AfterEach
    void stopStandIn() throws IOException {
        if (api != null) {
            api.close();
        }
        http.close();
    }

    @Test
    void theWebPageAndApiServeWithoutTelegramAndTheBotAnswersOnceTheBotApiIsBack() throws Exception {
        // The index is built from the sample pages at start; the bot must not be what readiness waits for.
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        HttpResponse<String> answer = get("/api/answer?q=" + URLEncoder.encode("困难毕业生补贴每人多少钱？", StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("2000元");
        assertThat(get("/").statusCode()).isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> telegramHealth().path("details").path("attempts").asInt() >= 2);
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode telegram = json.readTree(health.body()).path("components").path("telegram");
        assertThat(telegram.path("status").asString()).isNotEqualTo("UP").isNotEqualTo("DOWN");
        assertThat(telegram.path("details").path("state").asString()).isEqualTo("connecting");
        assertThat(telegram.path("details").path("lastError").asString()).contains("getMe");

        api = new BotApiStandIn(BOT_API_PORT);
        api.send(Updates.privateText(ALICE, "困难毕业生补贴每人多少钱？"));

        BotApiStandIn.Call reply = api.awaitCalls("sendMessage", 1, BotApiStandIn.Call::accepted).getFirst();
        assertThat(reply.chatId()).isEqualTo(ALICE);
        assertThat(reply.text()).contains("2000元");
        assertThat(telegramHealth().path("status").asString()).isEqualTo("UP");
        assertThat(telegramHealth().path("details").path("state").asString()).isEqualTo("running");
    }

    private JsonNode telegramHealth() throws Exception {
        return json.readTree(get("/actuator/health/telegram").body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A loopback port nothing listens on: taken from the system and given back at once. */
    private static int closedLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
