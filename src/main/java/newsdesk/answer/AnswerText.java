package newsdesk.answer;

import java.util.List;
import newsdesk.text.SentenceSplitter;

/** The plain-text form of an answer, for the terminal. */
public final class AnswerText {

    private AnswerText() {
    }

    /** The first sentence of an answer's text: what a "correct at top 1" judgement looks at. */
    public static String firstSentence(String answerText) {
        List<String> sentences = new SentenceSplitter().split(answerText);
        return sentences.isEmpty() ? "" : sentences.getFirst();
    }

    public static String readable(Answer answer) {
        if (answer.kind() == AnswerKind.LIST) {
            return ListText.readable(answer);
        }
        StringBuilder text = new StringBuilder();
        text.append("问：").append(answer.question()).append('\n');
        if (answer.understoodAs() != null) {
            text.append("理解为：").append(answer.understoodAs()).append('\n');
        }
        text.append(answer.answered() ? "答：" : "").append(answer.answer()).append('\n');
        List<Citation> citations = answer.citations();
        if (!citations.isEmpty()) {
            text.append(switch (answer.status()) {
                case ANSWERED -> "来源：";
                case NOT_STATED -> "最接近的报道：";
                case NONE -> "相关报道：";
            }).append('\n');
        }
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            text.append("  [").append(i + 1).append("] ").append(CitationLine.earlier(answer, i) ? CitationLine.EARLIER : "")
                    .append(CitationLine.of(citation)).append("（").append(citation.source()).append("）\n");
            if (answer.status() != AnswerStatus.NONE) {
                text.append("      “").append(citation.excerpt()).append("”\n");
            }
        }
        text.append("(").append(answer.tookMs()).append(" ms)");
        return text.toString();
    }
}
