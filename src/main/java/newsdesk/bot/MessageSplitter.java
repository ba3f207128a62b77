package newsdesk.bot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Cuts Telegram HTML into messages of at most {@link #TELEGRAM_LIMIT} characters. A cut falls at the
 * best boundary that fits (paragraph, then line, then sentence end, then space, then any character),
 * never inside a tag, an entity or a surrogate pair; tags open at a cut are closed at the end of one
 * part and opened again at the start of the next, so every part is valid HTML on its own. Sentence
 * ends are those of {@link newsdesk.text.SentenceMarks} in the text between the tags, so a message breaks where the
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
        List<HtmlAtom> atoms = HtmlAtom.parse(html);
        CutBoundaries boundaries = new CutBoundaries(atoms);
        List<String> parts = new ArrayList<>();
        Deque<HtmlAtom> open = new ArrayDeque<>();
        int start = 0;
        while (start < atoms.size()) {
            int end = cut(atoms, boundaries, start, open);
            StringBuilder part = new StringBuilder();
            open.descendingIterator().forEachRemaining(tag -> part.append(tag.raw()));
            for (int i = start; i < end; i++) {
                atoms.get(i).applyTo(open);
                part.append(atoms.get(i).raw());
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
    private int cut(List<HtmlAtom> atoms, CutBoundaries boundaries, int start, Deque<HtmlAtom> openAtStart) {
        Deque<HtmlAtom> open = new ArrayDeque<>(openAtStart);
        int length = 0;
        for (HtmlAtom tag : open) {
            length += tag.raw().length();
        }
        int[] bestByRank = new int[CutBoundaries.Boundary.values().length];
        int lastFit = start;
        int closers = closingLength(open);
        for (int i = start; i < atoms.size(); i++) {
            HtmlAtom atom = atoms.get(i);
            atom.applyTo(open);
            length += atom.raw().length();
            if (atom.isTag()) {
                closers = closingLength(open);
            }
            if (length + closers > limit) {
                break;
            }
            lastFit = i + 1;
            bestByRank[boundaries.after(i).ordinal()] = i + 1;
        }
        if (lastFit == atoms.size()) {
            return lastFit;
        }
        // A boundary too near the start would leave a part that is mostly empty; prefer a worse one further on.
        int minimum = start + Math.max(1, (lastFit - start) / 4);
        for (CutBoundaries.Boundary boundary : CutBoundaries.Boundary.values()) {
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

    private static int closingLength(Deque<HtmlAtom> open) {
        int length = 0;
        for (HtmlAtom tag : open) {
            length += tag.closing().length();
        }
        return length;
    }

    private static boolean hasText(List<HtmlAtom> atoms, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!atoms.get(i).isTag() && !atoms.get(i).raw().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Leading blank lines of a part would only push its text down on the phone. */
    private static int skipBlank(List<HtmlAtom> atoms, int from) {
        int i = from;
        while (i < atoms.size() && !atoms.get(i).isTag() && atoms.get(i).raw().isBlank()) {
            i++;
        }
        return i;
    }
}
