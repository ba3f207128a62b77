package newsdesk.bot;

/**
 * Escaping for Telegram's HTML parse mode. Telegram understands only {@code &amp; &lt; &gt; &quot;} and
 * numeric entities; a named entity such as {@code &ldquo;} is shown literally, so dynamic text is
 * escaped for exactly the three characters that could open a tag or an entity and nothing else.
 */
final class TelegramHtml {

    private TelegramHtml() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    static String quote(String text) {
        return "<blockquote>" + escape(text) + "</blockquote>";
    }
}
