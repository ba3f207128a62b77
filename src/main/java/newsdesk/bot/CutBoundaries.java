package newsdesk.bot;

import java.util.List;
import newsdesk.text.SentenceMarks;

/** Ranks the place after each atom of a message as a place for {@link MessageSplitter} to cut it. */
final class CutBoundaries {

    /** Best first. */
    enum Boundary { PARAGRAPH, LINE, SENTENCE, SPACE, ANY }

    private final List<HtmlAtom> atoms;
    private final boolean[] sentenceEnds;

    CutBoundaries(List<HtmlAtom> atoms) {
        this.atoms = atoms;
        this.sentenceEnds = sentenceEndsAfter(atoms);
    }

    Boundary after(int i) {
        HtmlAtom atom = atoms.get(i);
        HtmlAtom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
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
    private static boolean[] sentenceEndsAfter(List<HtmlAtom> atoms) {
        StringBuilder text = new StringBuilder();
        int[] textEnd = new int[atoms.size()];
        for (int i = 0; i < atoms.size(); i++) {
            HtmlAtom atom = atoms.get(i);
            if (!atom.isTag()) {
                text.append(atom.isEntity() ? "&" : atom.raw());
            }
            textEnd[i] = text.length();
        }
        boolean[] ends = new boolean[atoms.size()];
        for (int i = 0; i < atoms.size(); i++) {
            ends[i] = !atoms.get(i).isTag() && SentenceMarks.endsSentenceAt(text, textEnd[i]);
        }
        return ends;
    }
}
