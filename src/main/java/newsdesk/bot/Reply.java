package newsdesk.bot;

import java.util.List;

/**
 * A message the bot wants a chat to see: Telegram HTML, possibly longer than one Telegram message, and
 * the inline buttons that go under its last part.
 */
record Reply(String html, List<List<Button>> buttons) {

    Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    static Reply of(String html) {
        return new Reply(html, List.of());
    }

    /** This reply with one more row of buttons under the others. */
    Reply withRow(List<Button> row) {
        return new Reply(html, java.util.stream.Stream.concat(buttons.stream(), java.util.stream.Stream.of(row)).toList());
    }

    /** An inline button; {@code data} comes from {@link CallbackData} and so fits Telegram's 64 bytes. */
    record Button(String label, String data) {
    }
}
