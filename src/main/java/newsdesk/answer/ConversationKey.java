package newsdesk.answer;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose conversation a question belongs to: one Telegram chat, or one web visitor with the id its
 * client picked. The channel keeps a chat and a visitor who happen to share an id apart.
 */
public record ConversationKey(String channel, String id) {

    /**
     * A client-chosen id: short, so a flood of long ids costs little memory and shows nothing odd in logs;
     * letters, digits, {@code _} and {@code -}, so it can travel in a URL or a cookie as it is.
     */
    private static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public ConversationKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
    }

    public static ConversationKey telegramChat(long chatId) {
        return new ConversationKey("telegram", Long.toString(chatId));
    }

    /** @throws IllegalArgumentException when the id is not {@linkplain #isVisitorId a visitor id} */
    public static ConversationKey webVisitor(String id) {
        if (!isVisitorId(id)) {
            throw new IllegalArgumentException("a conversation id is 1-64 of A-Za-z0-9_-, was '" + id + "'");
        }
        return new ConversationKey("web", id);
    }

    /** One conversation per run of consecutive lines on the command line. */
    public static ConversationKey commandLine(int number) {
        return new ConversationKey("cli", Integer.toString(number));
    }

    public static boolean isVisitorId(String id) {
        return VISITOR_ID.matcher(id).matches();
    }
}
