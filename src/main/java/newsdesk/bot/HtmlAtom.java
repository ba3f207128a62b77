package newsdesk.bot;

import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** A tag, an entity or one code point of Telegram HTML: the pieces a message cut may fall between. */
record HtmlAtom(String raw, String tagName, boolean opens) {

    static List<HtmlAtom> parse(String html) {
        List<HtmlAtom> atoms = new ArrayList<>(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end;
            if (c == '<' && html.indexOf('>', i) > i) {
                end = html.indexOf('>', i) + 1;
                String raw = html.substring(i, end);
                boolean closing = raw.startsWith("</");
                String name = raw.substring(closing ? 2 : 1, raw.length() - 1).trim().split("[\\s=]", 2)[0];
                atoms.add(new HtmlAtom(raw, name.toLowerCase(Locale.ROOT), !closing));
            } else if (c == '&' && html.indexOf(';', i) > i && html.indexOf(';', i) - i <= 10) {
                end = html.indexOf(';', i) + 1;
                atoms.add(new HtmlAtom(html.substring(i, end), "", false));
            } else {
                end = i + Character.charCount(html.codePointAt(i));
                atoms.add(new HtmlAtom(html.substring(i, end), "", false));
            }
            i = end;
        }
        return atoms;
    }

    boolean isTag() {
        return !tagName.isEmpty();
    }

    boolean isEntity() {
        return !isTag() && raw.length() > 1 && raw.charAt(0) == '&';
    }

    boolean isText(String text) {
        return !isTag() && raw.equals(text);
    }

    String closing() {
        return "</" + tagName + ">";
    }

    /** Keeps {@code open} as a stack of the tags open after this atom, innermost first. */
    void applyTo(Deque<HtmlAtom> open) {
        if (!isTag()) {
            return;
        }
        if (opens) {
            open.push(this);
            return;
        }
        Iterator<HtmlAtom> tags = open.iterator();
        while (tags.hasNext()) {
            if (tags.next().tagName.equals(tagName)) {
                tags.remove();
                return;
            }
        }
    }
}
