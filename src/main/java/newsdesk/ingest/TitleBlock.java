package newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the lines of a headline block into title and subtitle. Lines separated by blank lines are
 * separate groups; a group that is a kicker (…：, …强调) or a sub-headline (——…) is subtitle, the
 * first other group is the title, later groups are subtitles, and a unit line under a complete
 * headline (示范区纪委监察工委) is subtitle too.
 */
class TitleBlock {

    private final HeadlineRules rules;

    TitleBlock(HeadlineRules rules) {
        this.rules = rules;
    }

    void fill(ArticleDraft draft, List<List<String>> groups) {
        boolean titleFound = false;
        for (List<String> group : groups) {
            List<String> lines = new ArrayList<>(group);
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(line -> rules.isKicker(line) || rules.isSubHeadline(line)) || titleFound) {
                draft.subtitleLines.addAll(lines);
                continue;
            }
            String unit = null;
            if (lines.size() >= 2 && rules.isUnitLine(lines.getLast(), lines.get(lines.size() - 2))) {
                unit = lines.removeLast();
            }
            for (String line : lines) {
                (rules.isSubHeadline(line) ? draft.subtitleLines : draft.titleLines).add(line);
            }
            if (unit != null) {
                draft.subtitleLines.add(unit);
            }
            titleFound = true;
        }
    }
}
