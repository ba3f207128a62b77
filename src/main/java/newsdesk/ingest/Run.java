package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Consecutive non-blank lines of one block: a PDF paragraph or part of one, a headline, a byline.
 *
 * @param blankBefore a blank line separates this run from the one before it
 */
record Run(List<PageLine> lines, boolean blankBefore) {

    Run(boolean blankBefore) {
        this(new ArrayList<>(), blankBefore);
    }

    PageLine first() {
        return lines.getFirst();
    }

    PageLine last() {
        return lines.getLast();
    }

    int size() {
        return lines.size();
    }

    /** The kind of the run: a credit anywhere makes it a caption; otherwise its first line decides. */
    PageLine.Kind kind() {
        if (last().kind() == PageLine.Kind.CREDIT) {
            return PageLine.Kind.CREDIT;
        }
        return first().kind();
    }

    /** The lines joined by a space; later cleaning removes the space wherever Chinese text meets. */
    String text() {
        return lines.stream().map(PageLine::text).collect(Collectors.joining(" "));
    }
}
