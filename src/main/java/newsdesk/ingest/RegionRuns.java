package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/** Groups a region's lines into runs: a blank line, a new block or a one-line note ends a run. */
final class RegionRuns {

    private RegionRuns() {
    }

    static List<Run> of(List<PageLine> lines) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        boolean blankBefore = false;
        for (PageLine line : lines) {
            if (line.blank()) {
                blankBefore = true;
                current = null;
                continue;
            }
            if (current == null || startsNewRun(current, line)) {
                current = new Run(blankBefore);
                runs.add(current);
            }
            current.lines().add(line);
            blankBefore = false;
        }
        return runs;
    }

    private static boolean startsNewRun(Run current, PageLine line) {
        if (current.last().kind() == PageLine.Kind.REPRINT_NOTE && line.kind() == PageLine.Kind.REPRINT_NOTE) {
            return false;
        }
        return line.startsBlock()
                || switch (line.kind()) {
                    case DATELINE, BYLINE, CONTINUATION, REPRINT_NOTE -> true;
                    default -> false;
                }
                || switch (current.last().kind()) {
                    case CREDIT, BYLINE, CONTINUATION -> true;
                    default -> false;
                };
    }
}
