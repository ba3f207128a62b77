package newsdesk.bot;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Bot API on 127.0.0.1 for the bot to talk to over real HTTP: it hands out queued updates through
 * getUpdates, answers every other method like Telegram would, records each call, and can be told to
 * fail a method's next calls (429, 403, 502) to see what the bot does.
 */
final class BotApiStandIn implements AutoCloseable {

    static final String TOKEN = "123456789:AAStandInTokenForTests_0123456789";
    static final long BOT_ID = 999;
    static final String BOT_USERNAME = "newsdesk_bot";

    private final MockWebServer server = new MockWebServer();
    private final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<MockResponse>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicInteger updateIds = new AtomicInteger(1);
    private final Map<String, Outage> outages = new ConcurrentHashMap<>();

    /** A method failing with one response until a moment, as a Bot API behind a broken proxy would. */
    private record Outage(long untilNanos, int status, String body) {
    }

    /** One recorded Bot API call: the method name, its JSON body, when it arrived and the HTTP status it got. */
    record Call(String method, JsonNode body, long nanos, int status) {
        boolean accepted() {
            return status == 200;
        }

        String text() {
            return body.path("text").asString();
        }

        long chatId() {
            return body.path("chat_id").asLong();
        }

        /** callback_data of the inline buttons, row by row flattened, with their labels. */
        List<Map.Entry<String, String>> buttons() {
            List<Map.Entry<String, String>> buttons = new ArrayList<>();
            for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
                for (JsonNode button : row) {
                    buttons.add(Map.entry(button.path("text").asString(), button.path("callback_data").asString()));
                }
            }
            return buttons;
        }
    }

    BotApiStandIn() throws IOException {
        this(0);
    }

    /** On a given loopback port, to play a Bot API that comes back where the bot was told to look. */
    BotApiStandIn(int port) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        server.start(java.net.InetAddress.getByName("127.0.0.1"), port);
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    void send(String updateJsonWithoutId) {
        updates.add(updateJsonWithoutId.replace("\"update_id\":0", "\"update_id\":" + updateIds.getAndIncrement()));
    }

    /** The next {@code times} calls of {@code method} get this HTTP status and Bot API error. */
    void fail(String method, int status, String errorJson, int times) {
        Queue<MockResponse> queue = failures.computeIfAbsent(method.toLowerCase(java.util.Locale.ROOT), m -> new ConcurrentLinkedQueue<>());
        for (int i = 0; i < times; i++) {
            queue.add(new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                    .setBody(errorJson));
        }
    }

    /** Every call of {@code method} in the next {@code duration} gets this HTTP status and body. */
    void failFor(String method, Duration duration, int status, String body) {
        outages.put(method.toLowerCase(java.util.Locale.ROOT), new Outage(System.nanoTime() + duration.toNanos(), status, body));
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method.equalsIgnoreCase(method)).toList();
    }

    List<Call> awaitCalls(String method, int count) {
        return awaitCalls(method, count, call -> true);
    }

    List<Call> awaitCalls(String method, int count, Predicate<Call> matching) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> calls(method).stream().filter(matching).count() >= count);
        return calls(method).stream().filter(matching).toList();
    }

    List<Call> sentMessages(long chatId) {
        return calls("sendMessage").stream().filter(call -> call.chatId() == chatId).toList();
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getPath() == null ? "" : request.getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        if (!path.startsWith("/bot" + TOKEN + "/")) {
            calls.add(new Call(method, json.createObjectNode(), System.nanoTime(), 401));
            return error(401, "Unauthorized");
        }
        String body = request.getBody().readUtf8();
        long nanos = System.nanoTime();
        MockResponse response = respond(method, body);
        if (!method.equalsIgnoreCase("getUpdates")) {
            int status = Integer.parseInt(response.getStatus().split(" ")[1]);
            calls.add(new Call(method, parse(request, body), nanos, status));
        }
        return response;
    }

    private MockResponse respond(String method, String body) throws InterruptedException {
        Outage outage = outages.get(method.toLowerCase(java.util.Locale.ROOT));
        if (outage != null && System.nanoTime() < outage.untilNanos()) {
            return new MockResponse().setResponseCode(outage.status()).setHeader("Content-Type", "text/html")
                    .setBody(outage.body());
        }
        Queue<MockResponse> failing = failures.get(method.toLowerCase(java.util.Locale.ROOT));
        MockResponse failure = failing == null ? null : failing.poll();
        if (failure != null) {
            return failure;
        }
        // Telegram matches method names without regard to case, and the library sends some in lower case.
        return switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "getupdates" -> getUpdates();
            case "getme" -> ok("{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"NewsDesk\",\"username\":\""
                    + BOT_USERNAME + "\"}");
            case "sendmessage" -> ok("{\"message_id\":" + messageIds.incrementAndGet()
                    + ",\"date\":1700000000,\"chat\":{\"id\":" + json.readTree(body).path("chat_id").asLong()
                    + ",\"type\":\"private\"},\"text\":\"ok\"}");
            default -> ok("true");
        };
    }

    /** JSON bodies as they are; multipart forms (the library sends setWebhook so) as an object of their fields. */
    private JsonNode parse(RecordedRequest request, String body) {
        String type = String.valueOf(request.getHeader("Content-Type"));
        if (!type.startsWith("multipart/")) {
            return body.isEmpty() ? json.createObjectNode() : json.readTree(body);
        }
        var fields = json.createObjectNode();
        String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length());
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            int value = part.indexOf("\r\n\r\n");
            if (name.find() && value >= 0) {
                fields.put(name.group(1), part.substring(value + 4).strip());
            }
        }
        return fields;
    }

    /** Waits briefly for updates like a real long poll, so the bot does not spin. */
    private MockResponse getUpdates() throws InterruptedException {
        List<String> batch = new ArrayList<>();
        String first = updates.poll(100, TimeUnit.MILLISECONDS);
        if (first != null) {
            batch.add(first);
            updates.drainTo(batch);
        }
        return ok("[" + String.join(",", batch) + "]");
    }

    private static MockResponse ok(String result) {
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":true,\"result\":" + result + "}");
    }

    static MockResponse error(int code, String description) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody("{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
