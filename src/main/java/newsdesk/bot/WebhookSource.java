package newsdesk.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook delivery: a small HTTP endpoint for Telegram's POSTs, behind the reverse proxy that
 * terminates TLS. The JDK's own HTTP server is enough for one POST route and keeps a servlet container
 * (and its port) out of NewsDesk when the bot runs with long polling or not at all; the TelegramBots
 * webhook module is not published for the library version used here.
 *
 * <p>Every delivery must carry the configured secret in {@code X-Telegram-Bot-Api-Secret-Token}; anything
 * else is refused before its body is read, so nobody but Telegram can inject updates.
 */
final class WebhookSource implements UpdateSource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(WebhookSource.class);
    /** Telegram's updates are a few kilobytes; a megabyte is generous and caps what a stranger can send. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final TelegramProperties.Webhook settings;
    private final ReplySender sender;
    private final UpdateDispatcher dispatcher;
    private final ObjectMapper json = new ObjectMapper();
    private final byte[] secret;
    private HttpServer server;

    WebhookSource(TelegramProperties.Webhook settings, ReplySender sender, UpdateDispatcher dispatcher) {
        this.settings = settings;
        this.sender = sender;
        this.dispatcher = dispatcher;
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for webhook deliveries on " + settings.bindAddress() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        server.createContext(settings.path(), this::deliver);
        server.start();
        SetWebhook setWebhook = SetWebhook.builder().url(settings.url()).secretToken(settings.secret()).build();
        if (sender.execute(setWebhook).isEmpty()) {
            server.stop(0);
            throw new IllegalStateException("Telegram did not accept the webhook " + settings.url());
        }
        log.info("Telegram bot receiving webhook deliveries for {} on {}:{}{}",
                settings.url(), settings.bindAddress(), port(), settings.path());
    }

    /** The port actually listened on (differs from the setting when that is 0). */
    synchronized int port() {
        return server.getAddress().getPort();
    }

    @Override
    public synchronized void stop() {
        // The webhook stays registered: Telegram keeps updates queued until the service is back.
        if (server != null) {
            server.stop(1);
            server = null;
        }
    }

    private void deliver(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("webhook delivery from {} refused: missing or wrong secret token", exchange.getRemoteAddress());
                respond(exchange, 401);
                return;
            }
            Update update;
            try (InputStream body = exchange.getRequestBody()) {
                byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    respond(exchange, 413);
                    return;
                }
                update = json.readValue(bytes, Update.class);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                log.warn("webhook delivery is not an update: {}", e.getOriginalMessage());
                respond(exchange, 400);
                return;
            }
            dispatcher.consume(update);
            respond(exchange, 200);
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }
}
