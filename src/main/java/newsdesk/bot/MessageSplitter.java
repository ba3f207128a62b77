package newsdesk.bot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import newsdesk.text.SentenceMarks;

/**
 * Cuts Telegram HTML into messages of at most {@link #TELEGRAM_LIMIT} characters. A cut falls at the
 * best boundary that fits (paragraph, then line, then sentence end, then space, then any character),
 * never inside a tag, an entity or a surrogate pair; tags open at a cut are closed at the end of one
 * part and opened again at the start of the next, so every part is valid HTML on its own. Sentence
 * ends are those of {@link SentenceMarks} in the text between the tags, so a message breaks where the
 * index and the answer layer break sentences.
 *
 * <p>Lengths are counted on the HTML source, which is never shorter than the text Telegram counts
 * after parsing, so a part that fits here fits there.
 */
final class MessageSplitter {

    static final int TELEGRAM_LIMIT = 4096;

    private final int limit;

    MessageSplitter() {
        this(TELEGRAM_LIMIT);
    }

    MessageSplitter(int limit) {
        if (limit < 64) {
            throw new IllegalArgumentException("a limit under 64 characters cannot hold reopened tags: " + limit);
        }
        this.limit = limit;
    }

    List<String> split(String html) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<Atom> atoms = Atom.parse(html);
        boolean[] sentenceEnds = sentenceEndsAfter(atoms);
        List<String> parts = new ArrayList<>();
        Deque<Atom> open = new ArrayDeque<>();
        int start = 0;
        while (start < atoms.size()) {
            int end = cut(atoms, sentenceEnds, start, open);
            StringBuilder part = new StringBuilder();
            open.descendingIterator().forEachRemaining(tag -> part.append(tag.raw));
            for (int i = start; i < end; i++) {
                atoms.get(i).applyTo(open);
                part.append(atoms.get(i).raw);
            }
            open.forEach(tag -> part.append(tag.closing()));
            if (hasText(atoms, start, end)) {
                parts.add(part.toString());
            }
            start = skipBlank(atoms, end);
        }
        return List.copyOf(parts);
    }

    /** The end (exclusive) of the next part starting at {@code start}, with {@code open} tags at the start. */
    private int cut(List<Atom> atoms, boolean[] sentenceEnds, int start, Deque<Atom> openAtStart) {
        Deque<Atom> open = new ArrayDeque<>(openAtStart);
        int length = 0;
        for (Atom tag : open) {
            length += tag.raw.length();
        }
        int[] bestByRank = new int[Boundary.values().length];
        int lastFit = start;
        int closers = closingLength(open);
        for (int i = start; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            atom.applyTo(open);
            length += atom.raw.length();
            if (atom.isTag()) {
                closers = closingLength(open);
            }
            if (length + closers > limit) {
                break;
            }
            lastFit = i + 1;
            Boundary boundary = boundaryAfter(atoms, sentenceEnds, i);
            bestByRank[boundary.ordinal()] = i + 1;
        }
        if (lastFit == atoms.size()) {
            return lastFit;
        }
        // A boundary too near the start would leave a part that is mostly empty; prefer a worse one further on.
        int minimum = start + Math.max(1, (lastFit - start) / 4);
        for (Boundary boundary : Boundary.values()) {
            int end = bestByRank[boundary.ordinal()];
            if (end >= minimum) {
                return end;
            }
        }
        if (lastFit == start) {
            throw new IllegalStateException("one tag alone is longer than the message limit " + limit);
        }
        return lastFit;
    }

    private static Boundary boundaryAfter(List<Atom> atoms, boolean[] sentenceEnds, int i) {
        Atom atom = atoms.get(i);
        Atom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
        if (atom.isText("\n")) {
            return i > 0 && atoms.get(i - 1).isText("\n") ? Boundary.PARAGRAPH : Boundary.LINE;
        }
        if (atom.isTag() && !atom.opens() && next != null && next.isText("\n")) {
            return Boundary.LINE;
        }
        if (sentenceEnds[i]) {
            return Boundary.SENTENCE;
        }
        if (atom.isText(" ") || atom.isText("\u3000")) {
            return Boundary.SPACE;
        }
        return Boundary.ANY;
    }

    /**
     * For each atom, whether a sentence ends right after it: the rule is applied to the text with the
     * tags taken out, so that 。</b>” keeps its quote, and each entity stands for one ordinary character.
     */
    private static boolean[] sentenceEndsAfter(List<Atom> atoms) {
        StringBuilder text = new StringBuilder();
        int[] textEnd = new int[atoms.size()];
        for (int i = 0; i < atoms.size(); i++) {
            Atom atom = atoms.get(i);
            if (!atom.isTag()) {
                text.append(atom.isEntity() ? "&" : atom.raw);
            }
            textEnd[i] = text.length();
        }
        boolean[] ends = new boolean[atoms.size()];
        for (int i = 0; i < atoms.size(); i++) {
            ends[i] = !atoms.get(i).isTag() && SentenceMarks.endsSentenceAt(text, textEnd[i]);
        }
        return ends;
    }

    private static int closingLength(Deque<Atom> open) {
        int length = 0;
        for (Atom tag : open) {
            length += tag.closing().length();
        }
        return length;
    }

    private static boolean hasText(List<Atom> atoms, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!atoms.get(i).isTag() && !atoms.get(i).raw.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Leading blank lines of a part would only push its text down on the phone. */
    private static int skipBlank(List<Atom> atoms, int from) {
        int i = from;
        while (i < atoms.size() && !atoms.get(i).isTag() && atoms.get(i).raw.isBlank()) {
            i++;
        }
        return i;
    }

    private enum Boundary { PARAGRAPH, LINE, SENTENCE, SPACE, ANY }

    /** A tag, an entity or one code point: the pieces a cut may fall between. */
    private record Atom(String raw, String tagName, boolean opens) {

        static List<Atom> parse(String html) {
            List<Atom> atoms = new ArrayList<>(html.length());
            int i = 0;
            while (i < html.length()) {
                char c = html.charAt(i);
                int end;
                if (c == '<' && html.indexOf('>', i) > i) {
                    end = html.indexOf('>', i) + 1;
                    String raw = html.substring(i, end);
                    boolean closing = raw.startsWith("</");
                    String name = raw.substring(closing ? 2 : 1, raw.length() - 1).trim().split("[\\s=]", 2)[0];
                    atoms.add(new Atom(raw, name.toLowerCase(java.util.Locale.ROOT), !closing));
                } else if (c == '&' && html.indexOf(';', i) > i && html.indexOf(';', i) - i <= 10) {
                    end = html.indexOf(';', i) + 1;
                    atoms.add(new Atom(html.substring(i, end), "", false));
                } else {
                    end = i + Character.charCount(html.codePointAt(i));
                    atoms.add(new Atom(html.substring(i, end), "", false));
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
        void applyTo(Deque<Atom> open) {
            if (!isTag()) {
                return;
            }
            if (opens) {
                open.push(this);
                return;
            }
            Iterator<Atom> tags = open.iterator();
            while (tags.hasNext()) {
                if (tags.next().tagName.equals(tagName)) {
                    tags.remove();
                    return;
                }
            }
        }
    }
}
