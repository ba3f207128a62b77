package newsdesk.archive;

import java.util.List;

/**
 * An article before it is laid out on the page: what a reporter filed, with none of the page's faults.
 *
 * @param subHeadline   a "——" line under the headline, or empty
 * @param datelined     true: the body opens with 本报讯 （记者 …）; false: a byline line of its own
 * @param paragraphs    the body, each paragraph a list of sentences
 * @param planted       the sentence holding a planted figure, printed without noise; empty for filler
 */
record ComposedArticle(String headline, String subHeadline, boolean datelined, List<String> reporters,
                       List<List<String>> paragraphs, String planted) {

    ComposedArticle {
        reporters = List.copyOf(reporters);
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** The byline as printed: 记者 韩志刚 通讯员 张晨露. */
    String byline() {
        StringBuilder line = new StringBuilder("记者 ").append(reporters.getFirst());
        if (reporters.size() > 1) {
            line.append(" 通讯员 ").append(String.join(" ", reporters.subList(1, reporters.size())));
        }
        return line.toString();
    }
}
