package newsdesk.bot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal Bot API on 127.0.0.1 for {@code bench-bot}: hands out queued updates through getUpdates and
 * notes when each chat's first reply arrives. It measures the bot, so it does as little as possible.
 */
final class BenchStandIn implements AutoCloseable {

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final BlockingQueue<String> updates = new LinkedBlockingQueue<>();
    private final Map<Long, Long> firstReplyNanos = new ConcurrentHashMap<>();

    BenchStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void enqueue(int updateId, long chatId, String question) throws IOException {
        updates.add("{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
                + ",\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},"
                + "\"from\":{\"id\":" + chatId + ",\"is_bot\":false,\"first_name\":\"bench\"},"
                + "\"text\":" + json.writeValueAsString(question) + "}}");
    }

    Map<Long, Long> firstReplyNanos() {
        return firstReplyNanos;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String result = switch (method) {
                case "getupdates" -> getUpdates();
                case "getme" -> "{\"id\":1,\"is_bot\":true,\"first_name\":\"NewsDesk\",\"username\":\"newsdesk_bench_bot\"}";
                case "sendmessage" -> sent(json.readTree(body));
                default -> "true";
            };
            byte[] response = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String sent(JsonNode message) {
        long chatId = message.path("chat_id").asLong();
        firstReplyNanos.putIfAbsent(chatId, System.nanoTime());
        return "{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"}}";
    }

    private String getUpdates() throws InterruptedException {
        List<String> batch = new ArrayList<>();
        String first = updates.poll(200, TimeUnit.MILLISECONDS);
        if (first != null) {
            batch.add(first);
            updates.drainTo(batch, 99);
        }
        return "[" + String.join(",", batch) + "]";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
