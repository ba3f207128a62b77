package newsdesk.bot;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether an update is for the bot and what it asks for. In a private chat every text is a
 * question; in a group the bot speaks only when it is mentioned, replied to or asked with {@code /ask},
 * because a bot answering every remark in a group would be shown the door.
 */
final class UpdateRouter {

    static final String ASK = "ask";

    /** Known only once getMe succeeded; the bot opens its update source after that, never before. */
    private final Supplier<BotIdentity> identity;
    private final LongSupplier clock;

    UpdateRouter(Supplier<BotIdentity> identity, LongSupplier clock) {
        this.identity = identity;
        this.clock = clock;
    }

    Optional<Incoming> route(Update update) {
        BotIdentity bot = identity.get();
        if (update.hasCallbackQuery()) {
            return buttonPress(update.getCallbackQuery());
        }
        Message message = update.getMessage();
        if (message == null || !message.hasText() || message.getChat() == null) {
            return Optional.empty();
        }
        long chatId = message.getChatId();
        String text = message.getText().strip();
        boolean privateChat = message.getChat().isUserChat();
        if (text.startsWith("/")) {
            return command(bot, chatId, text, privateChat);
        }
        if (privateChat) {
            return question(chatId, text);
        }
        if (mentionsBot(bot, message) || repliesToBot(bot, message)) {
            return question(chatId, withoutMention(bot, text));
        }
        return Optional.empty();
    }

    private Optional<Incoming> buttonPress(CallbackQuery query) {
        if (query.getMessage() == null || query.getData() == null) {
            return Optional.empty();
        }
        long chatId = query.getMessage().getChatId();
        return CallbackData.decode(query.getData())
                .map(data -> new Incoming.ButtonPress(chatId, query.getId(), data));
    }

    /** {@code /name@bot argument}; a command addressed to another bot in the same group is not ours. */
    private Optional<Incoming> command(BotIdentity bot, long chatId, String text, boolean privateChat) {
        int space = indexOfWhitespace(text);
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String argument = space < 0 ? "" : text.substring(space).strip();
        int at = head.indexOf('@');
        if (at >= 0) {
            if (!head.substring(at + 1).equalsIgnoreCase(bot.username())) {
                return Optional.empty();
            }
            head = head.substring(0, at);
        }
        String name = head.toLowerCase(Locale.ROOT);
        if (name.equals(ASK) && !argument.isEmpty()) {
            return question(chatId, argument);
        }
        return Optional.of(new Incoming.Command(chatId, name, argument, privateChat));
    }

    private Optional<Incoming> question(long chatId, String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(new Incoming.Question(chatId, text, clock.getAsLong()));
    }

    private static boolean mentionsBot(BotIdentity bot, Message message) {
        String handle = "@" + bot.username().toLowerCase(Locale.ROOT);
        if (message.getEntities() != null) {
            for (MessageEntity entity : message.getEntities()) {
                if ("mention".equals(entity.getType()) && entity.getText() != null
                        && entity.getText().toLowerCase(Locale.ROOT).equals(handle)) {
                    return true;
                }
                if ("text_mention".equals(entity.getType()) && entity.getUser() != null
                        && entity.getUser().getId() == bot.id()) {
                    return true;
                }
            }
        }
        return message.getText().toLowerCase(Locale.ROOT).contains(handle);
    }

    private static boolean repliesToBot(BotIdentity bot, Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
    }

    private static String withoutMention(BotIdentity bot, String text) {
        return text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(bot.username()) + "\\b", " ").strip();
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
