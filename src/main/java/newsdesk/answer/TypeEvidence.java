package newsdesk.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsdesk.search.TaggedWord;

/**
 * Finds in a sentence the places that hold the kind of thing a question asks for: an amount in 元,
 * a clock time, a phone number, a person's name. Patterns ({@link EvidencePatterns}) cover what is printed as
 * characters; the HanLP tags (nr, ns, nt) cover names, which no pattern can list. What the question narrows its
 * kind to ({@link AskedDetail}) decides which of them count.
 */
final class TypeEvidence {

    /** Where evidence stands in the sentence, {@code [start, end)}. */
    record Span(int start, int end) {
        int distanceTo(int position) {
            return position < start ? start - position : position >= end ? position - end + 1 : 0;
        }
    }


    /**
     * A reporting date ("11月1日，记者从市人社局了解到") says when the paper heard of it, not when it
     * happens; a question asking when is not answered by it.
     */
    private static final Pattern REPORTING_DATE = Pattern.compile(
            "^(?:\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:上午|下午|晚)?|近日|日前|连日来|近期|今年以来)，(?:记者|笔者|从)?[^，。]{0,20}(?:了解到|获悉|获知|得知)");

    /** A figure's number of two or more digits: one digit is too common to tell whose it is. */
    private static final Pattern MULTI_DIGIT = Pattern.compile("\\d{2,}(?:\\.\\d+)?");
    /** A number as a question writes it, whole: not the 12 of 3.12 or of 4812. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d.])");
    /** 一个, 一名 before a noun is the article, not a count (有一个丰富多彩的暑假生活). */
    private static final Pattern ONE_AS_ARTICLE = Pattern.compile("一[个名次份位场项件批种类条处家户人间对组期台辆张本座所支套]");

    /** What closes a phrase heading a sentence: a time of day at most, then a comma. */
    private static final Pattern HEAD_END = Pattern.compile("\\s*" + EvidencePatterns.TIME_WORD + "?\\s*[，,]");

    /** Kinds that are figures: quoted in a slogan, they measure nothing. */
    private static final Set<AnswerType> FIGURES = EnumSet.of(AnswerType.MONEY, AnswerType.COUNT, AnswerType.SIZE,
            AnswerType.PERCENTAGE, AnswerType.DURATION, AnswerType.FREQUENCY, AnswerType.AGE, AnswerType.TIME_OF_DAY);
    /** Characters before 用于 where the share or sum it speaks of stands (收益的80%用于). */
    private static final int PURPOSE_SHARE_BEFORE = 6;
    /** Characters a quoted slogan or name holds at most. */
    private static final int SLOGAN_LENGTH = 10;

    private TypeEvidence() {
    }

    /** The spans of the sentence holding the asked-for kind, each outside the question's own words. */
    static List<Span> spans(AnswerType type, String sentence, List<TaggedWord> tags, String questionText) {
        return spans(AskedDetail.of(type, questionText), sentence, tags);
    }

    /** The same, for a question read once for all its candidate sentences. */
    static List<Span> spans(AskedDetail detail, String sentence, List<TaggedWord> tags) {
        AnswerType type = detail.type();
        String questionText = detail.question();
        List<Span> spans = new ArrayList<>();
        if (!detail.sentenceMayHold(sentence)) {
            return spans;
        }
        if (type == AnswerType.PERSON && detail.bodiesAnswer()) {
            spans.addAll(spans(AnswerType.ORGANISATION, sentence, List.of(), questionText));
        }
        Pattern pattern = detail.partOfDay() ? EvidencePatterns.PART_OF_DAY : EvidencePatterns.of(type);
        if (pattern != null) {
            Matcher matcher = pattern.matcher(sentence);
            int reportingEnd = reportingDateEnd(type, sentence);
            while (matcher.find()) {
                if (matcher.end() > matcher.start() && matcher.start() >= reportingEnd
                        && printedAsAsked(detail, sentence, matcher.start(), matcher.end())
                        && !(type == AnswerType.PLACE
                                && FoundPlaces.foundIsNoName(sentence, tags, matcher.start(), matcher.end()))) {
                    spans.add(new Span(matcher.start(), matcher.end()));
                }
            }
        }
        for (int i = 0; i < tags.size(); i++) {
            TaggedWord word = tags.get(i);
            boolean named = switch (type) {
                case PERSON -> word.isPersonName() || word.isOrganisation() && detail.bodiesAnswer();
                case PLACE -> word.isPlaceName();
                case ORGANISATION -> word.isOrganisation();
                default -> false;
            };
            int end = word.offset() + word.word().length();
            if (named && !questionText.contains(word.word())
                    && !(type == AnswerType.PLACE && FoundPlaces.taggedIsKnownOrTitle(tags, i, sentence, questionText))
                    && detail.admits(sentence, word.offset(), end)) {
                spans.add(new Span(word.offset(), end));
            }
        }
        return spans;
    }

    /** Whether what the kind's pattern found at {@code [start, end)} is the asked thing, as the sentence prints it. */
    private static boolean printedAsAsked(AskedDetail detail, String sentence, int start, int end) {
        AnswerType type = detail.type();
        String found = sentence.substring(start, end);
        // 上午还是下午 names both answers itself.
        return (detail.partOfDay() || !detail.question().contains(found))
                && !(type == AnswerType.COUNT && ONE_AS_ARTICLE.matcher(found).matches())
                && !(FIGURES.contains(type) && inSlogan(sentence, start, end) && !detail.countsInOwnUnit(found))
                && !(FIGURES.contains(type) && statesTheFigure(detail.question(), found))
                // 收益的80%用于公益性岗位工资 is the use the question already knows (80%发了工资，剩下那20%用到哪儿了).
                && !(type == AnswerType.PURPOSE && statesTheFigure(detail.question(),
                        sentence.substring(Math.max(0, start - PURPOSE_SHARE_BEFORE), start)))
                // “红色物业” is a label, not a firm.
                && !(type == AnswerType.ORGANISATION && inSlogan(sentence, start, end))
                // A name the pattern finds ends with its kind, so it must be the asked kind (发动沿街 is no village);
                // only the tagger's names may leave the kind off (崔庄 for 崔庄村).
                && !(type == AnswerType.PLACE && !detail.endsAsAsked(found))
                && detail.admits(sentence, start, end);
    }

    /**
     * Whether the question already states the figure's number, in whatever unit (那4818个困难毕业生里…有多少个 and
     * 4818名困难毕业生): what the citizen knows is not what they ask. Numbers of one digit are too common to tell.
     */
    private static boolean statesTheFigure(String question, String figure) {
        Matcher number = MULTI_DIGIT.matcher(figure);
        if (!number.find()) {
            return false;
        }
        Matcher stated = WHOLE_NUMBER.matcher(question);
        while (stated.find()) {
            if (stated.group().equals(number.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a span opens the sentence as a phrase of its own (3月5日，… or 1月11日上午，…): what it says is said of
     * every clause that follows.
     */
    static boolean headsSentence(Span span, String sentence) {
        return sentence.substring(0, span.start()).isBlank()
                && HEAD_END.matcher(sentence.substring(span.end())).lookingAt();
    }

    /**
     * Whether a span stands inside a short quoted phrase: a slogan or a name (打通服务群众“最后一公里”, “一匠两手”),
     * where a figure measures nothing, unless the question counts in its unit (多少项 for “15项具体指标”).
     */
    private static boolean inSlogan(String sentence, int start, int end) {
        int open = sentence.lastIndexOf('“', start);
        int close = sentence.indexOf('”', end - 1);
        return open >= 0 && close >= 0 && sentence.lastIndexOf('”', start) < open && close - open - 1 <= SLOGAN_LENGTH;
    }

    private static int reportingDateEnd(AnswerType type, String sentence) {
        if (type != AnswerType.DATE && type != AnswerType.DATE_RANGE) {
            return 0;
        }
        Matcher reporting = REPORTING_DATE.matcher(sentence);
        return reporting.find() ? reporting.end() : 0;
    }
}
