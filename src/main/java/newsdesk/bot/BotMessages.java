package newsdesk.bot;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/**
 * The bot's wording, read from {@code bot-config/messages.yaml} at start-up so an admin can change it
 * without rebuilding. Texts are Telegram HTML written by the admin; only the values filled into their
 * {@code {placeholders}} are escaped.
 */
record BotMessages(String welcome, String help, String about, String noAnswer, String notStatedClosest,
                   String suggestions,
                   String busy, String rateLimited, String error, String expired, String askUsage,
                   String today, String todayNone, String reset,
                   String feedbackThanks, String feedbackReason, String feedbackReasonThanks, String forgotten,
                   Subscribing subscribing) {

    /** The texts of subscriptions: /subscribe, /subscriptions, /unsubscribe and the notification. */
    record Subscribing(String usage, String added, String already, String limit, String invalid, String list,
                       String none, String removed, String unknown, String notification) {
    }

    private static final Set<String> KEYS = Set.of("welcome", "help", "about", "no-answer", "not-stated-closest", "suggestions",
            "busy", "rate-limited", "error", "expired", "ask-usage", "today", "today-none", "reset",
            "feedback-thanks", "feedback-reason", "feedback-reason-thanks", "forgotten",
            "subscribe-usage", "subscribed", "subscription-exists", "subscription-limit", "subscription-invalid",
            "subscriptions-list", "subscriptions-none", "unsubscribed", "unsubscribe-unknown", "notification");

    /** Fails start-up with the file and the missing keys named, rather than a bot that replies with blanks. */
    static BotMessages load(Path file) {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml().load(reader);
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalStateException("bot messages file " + file.toAbsolutePath()
                        + " must be a YAML mapping of message names to texts");
            }
            map.forEach((key, value) -> texts.put(String.valueOf(key), value == null ? "" : String.valueOf(value).strip()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bot messages file " + file.toAbsolutePath()
                    + " (set newsdesk.telegram.messages to its path)", e);
        }
        Set<String> missing = new TreeSet<>(KEYS);
        texts.forEach((key, text) -> {
            if (!text.isBlank()) {
                missing.remove(key);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("bot messages file " + file.toAbsolutePath() + " has no text for " + missing);
        }
        Set<String> unknown = new TreeSet<>(texts.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("bot messages file " + file.toAbsolutePath() + " has unknown keys "
                    + unknown + "; known keys are " + new TreeSet<>(KEYS));
        }
        return new BotMessages(texts.get("welcome"), texts.get("help"), texts.get("about"), texts.get("no-answer"),
                texts.get("not-stated-closest"), texts.get("suggestions"), texts.get("busy"), texts.get("rate-limited"), texts.get("error"),
                texts.get("expired"), texts.get("ask-usage"), texts.get("today"), texts.get("today-none"),
                texts.get("reset"), texts.get("feedback-thanks"), texts.get("feedback-reason"),
                texts.get("feedback-reason-thanks"), texts.get("forgotten"),
                new Subscribing(texts.get("subscribe-usage"), texts.get("subscribed"), texts.get("subscription-exists"),
                        texts.get("subscription-limit"), texts.get("subscription-invalid"), texts.get("subscriptions-list"),
                        texts.get("subscriptions-none"), texts.get("unsubscribed"), texts.get("unsubscribe-unknown"),
                        texts.get("notification")));
    }

    /** Fills {@code {name}} placeholders with escaped values. */
    static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", TelegramHtml.escape(value.getValue()));
        }
        return text;
    }
}
