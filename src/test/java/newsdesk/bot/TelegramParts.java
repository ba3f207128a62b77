package newsdesk.bot;

import java.util.List;

/** The bot's message splitting, for tests outside the bot package that compare it with other layers. */
public final class TelegramParts {

    private TelegramParts() {
    }

    /** The messages the bot would send for {@code html}, each at most {@code limit} characters. */
    public static List<String> of(String html, int limit) {
        return new MessageSplitter(limit).split(html);
    }
}
