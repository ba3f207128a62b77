package newsdesk.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.search.TaggedWord;

/**
 * Tells a broad question (最近有什么活动？ 有哪些惠民政策？ 今天报纸讲了什么？), which wants a list of
 * articles, from a question after one fact. A question is broad when it asks for a list of reports (a
 * list cue next to a word for a kind of news: 哪些活动, 有啥新闻, 报道都有哪些, or 报纸讲了什么 on its own)
 * and its cue words ask for no particular kind of fact. 哪些医院来义诊 lists hospitals, not reports, and
 * 有啥补贴，一人多少钱 asks for an amount, so both stay ordinary questions.
 */
final class BroadQuestions {

    /** Words for a kind of report; what follows a list cue when the citizen wants articles. */
    private static final String NEWS = "(?:活动|新闻|报道|消息|新政策|政策|新鲜事|大事|事儿|事情|事|会议|会|举措|措施|动态)";
    /**
     * 什么 and 啥 ask for a list only after 有: 图书馆开展了什么活动 asks which activity one named place held,
     * one fact, while 最近有什么活动 asks what is on.
     */
    private static final String ASKS = "(?:有什么|有哪些|有啥|哪些)";
    private static final Pattern LIST_OF_REPORTS = Pattern.compile(
            // 有哪些惠民政策 / 开了哪些会: the kind of news ends the asked-for phrase.
            ASKS + "\\p{IsHan}{0,6}?" + NEWS + "儿?(?=$|[\\p{P}\\s]|[呢啊吧吗呀])"
            // 红色物业的报道都有哪些 / 新闻有几篇
            + "|" + NEWS + "的?都?(?:有什么|有哪些|有啥|有几篇)"
            // 今天报纸讲了啥 / 都说了些啥
            + "|(?:讲|说|写|登|报道)(?:了|的)些?(?:什么|啥)"
            + "|列一?列|列一下|列个");
    /**
     * Only a question whose cues name no fact can be broad: 哪些 alone reads as LIST, 讲了啥 as OTHER;
     * a question that also asks 多少, 哪里 or 什么时候 wants that fact.
     */
    private static final Set<AnswerType> OPEN_TYPES = EnumSet.of(AnswerType.LIST, AnswerType.OTHER);
    /** Words that say the citizen wants reports, not what the reports are about. */
    private static final Set<String> NOT_TOPIC = Set.of("新闻", "报道", "消息", "新鲜事", "大事", "事儿", "事情", "报纸",
            "报上", "内容", "相关", "方面", "关于", "都", "说", "讲", "列列", "新", "有", "最新", "近期", "这个", "月份", "下半年",
            "上半年");
    /** 都说, 讲了, 都有: how the citizen asks for the reports, in however the segmenter cut it. */
    private static final Pattern SAYING = Pattern.compile("[都就]?(?:说|讲|写|登|报道|列)(?:了|的|些)?|[都有是的了些]+");

    private final TermStatistics statistics;

    BroadQuestions(TermStatistics statistics) {
        this.statistics = statistics;
    }

    /** The broad question's topic words (活动, 惠民 政策; none for 今天报纸讲了什么), or empty when the question is not broad. */
    Optional<List<String>> topic(Question question) {
        if (!OPEN_TYPES.contains(question.type()) || !LIST_OF_REPORTS.matcher(question.text()).find()) {
            return Optional.empty();
        }
        // Time words (最近, 今天, 上个月) say when, not what; the date range will carry them.
        Set<String> when = statistics.tagged(question.text()).stream()
                .filter(word -> word.tag().startsWith("t") || word.tag().startsWith("m") || word.tag().startsWith("q")
                        || word.tag().startsWith("r"))
                .map(TaggedWord::word)
                .collect(java.util.stream.Collectors.toSet());
        return Optional.of(question.terms().stream()
                // One character (事, 会, 月) is too common to tell a topic.
                .filter(term -> term.length() > 1 && !NOT_TOPIC.contains(term) && !when.contains(term)
                        && !SAYING.matcher(term).matches())
                .toList());
    }
}
