package newsdesk.answer;

import java.util.List;

/** The plain-text form of a broad question's list, for the terminal: one numbered line per article. */
final class ListText {

    private ListText() {
    }

    /** "1. 标题（2023年11月 第1版，000_….txt）— the sentence that says what it is". */
    static String readable(Answer answer) {
        StringBuilder text = new StringBuilder();
        text.append("问：").append(answer.question()).append('\n').append(answer.answer()).append('\n');
        List<Citation> items = answer.citations();
        for (int i = 0; i < items.size(); i++) {
            Citation item = items.get(i);
            text.append(i + 1).append(". ").append(item.title())
                    .append("（").append(item.date().printed())
                    .append(" ").append(item.page() == null ? "版次不详" : "第" + item.page() + "版")
                    .append("，").append(item.source()).append("）— ").append(item.excerpt()).append('\n');
        }
        text.append("(").append(answer.tookMs()).append(" ms)");
        return text.toString();
    }
}
