package newsdesk.subscriptions;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import newsdesk.text.WidthFolding;

/**
 * A topic as stored and compared: width-folded, lower case, single spaces. At most {@value #MAX_CHARS}
 * characters, and at most three UTF-8 bytes each on average (a Chinese character's; emoji and rare characters take
 * four), so that an unsubscribe button carries the topic itself in Telegram's 64 bytes of callback data
 * and still works after a restart.
 */
public record Topic(String text) {

    public static final int MAX_CHARS = 16;

    public Topic {
        if (text.isBlank() || text.codePointCount(0, text.length()) > MAX_CHARS
                || text.getBytes(StandardCharsets.UTF_8).length > MAX_CHARS * 3) {
            throw new IllegalArgumentException("a topic has 1 to " + MAX_CHARS + " characters: " + text);
        }
    }

    /**
     * The topic in what someone typed, without control or format characters; empty when it is blank, too long or
     * has no letter, digit or Chinese character.
     */
    public static Optional<Topic> parse(String typed) {
        // Control and format characters (U+0001, a zero-width space) are invisible and no XML may hold the first:
        // 征兵 typed with one is 征兵, not a second topic that breaks its feed.
        String folded = WidthFolding.toHalfWidth(typed).replaceAll("[\\p{Cc}\\p{Cf}&&[^\\s]]", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        if (folded.isEmpty() || folded.codePointCount(0, folded.length()) > MAX_CHARS
                || folded.getBytes(StandardCharsets.UTF_8).length > MAX_CHARS * 3
                || folded.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        return Optional.of(new Topic(folded));
    }
}
