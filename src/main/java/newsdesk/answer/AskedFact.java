package newsdesk.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsdesk.search.PassageHit;

/**
 * What every fact candidate of one checkable question is checked against, worked out once for the question, and the
 * check itself: whether a candidate sentence holds the asked-for kind of fact for what the question asks about.
 *
 * @param focusForms   the focus words as the paper may print them, the editable list's official words included
 * @param printedFocus those of them the best passages print
 * @param part         the one part the question singles out, if any ({@link AskedPart})
 * @param anchorForms  the question's rarest words the best passages hold, as the paper may print them; empty for none
 * @param people       the people the question names and the best passages print, when it asks for something of
 *                     theirs rather than for a person
 * @param first        the best candidate
 * @param whenHeld     whether the question asks when an event was held
 * @param detail       what the question narrows its kind to, for finding the evidence again
 */
record AskedFact(Set<String> focusForms, List<String> printedFocus, Optional<String> part, Set<String> anchorForms,
                 List<String> people, List<PassageHit> best, AnswerService.Candidate first, boolean whenHeld,
                 AskedDetail detail) {

    /** A question asking when an event was held: 那个扩大会议…是哪天开的. */
    private static final Pattern ASKS_WHEN_HELD = Pattern.compile(
            "(?:哪天|哪一天|什么时候|啥时候|何时|几月几[号日])(?:开|召开|举行|举办|办)");
    /** An article's opening sentence that dates what it reports: 3月1日，…党工委（扩大）会议召开，…. */
    private static final Pattern DATELINE_OF_EVENT = Pattern.compile(
            "^\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:上午|下午|晚)?，.{0,60}(?:召开|举行|举办|开幕)");

    static AskedFact of(Question question, Set<String> focusForms, List<PassageHit> best, List<String> anchors,
                        List<String> people, AnswerService.Candidate first) {
        List<String> printed = focusForms.stream()
                .filter(word -> best.stream().anyMatch(hit -> hit.passage().text().contains(word)))
                .toList();
        return new AskedFact(focusForms, printed, AskedPart.in(question.asked()),
                anchors.stream().flatMap(anchor -> question.formsOf(anchor).stream()).collect(Collectors.toSet()),
                question.type() == AnswerType.PERSON ? List.of() : people, best, first,
                question.type() == AnswerType.DATE && ASKS_WHEN_HELD.matcher(question.text()).find(),
                AskedDetail.of(question.type(), question.asked()));
    }

    /**
     * The asked-for kind next to the focus words, or anywhere when the sentence names none of them
     * (它 for the topic) or says it in other words: the best sentence that the dense model also finds closest
     * to the question (49个排查工作小组 for 人手拆成了多少个小队); and in a passage that speaks of the question's
     * rarest words, by one or a word of the same meaning (企业 for 公司), so 1728家 of the 智慧岛 is no answer to how
     * many firms the 大数据产业园 has; and not a total of several listed things for the one part the question
     * singles out ({@link AskedPart}).
     */
    boolean heldBy(AnswerService.Candidate candidate, TermStatistics statistics) {
        SentenceFeatures features = candidate.sentence().features();
        String sentence = candidate.sentence().sentence();
        boolean namesFocus = focusForms.stream().anyMatch(sentence::contains);
        if (features.typeMatch() == 0
                || features.typeNearFocus() == 0 && namesFocus && !nearOfficialWord(sentence, statistics)) {
            return false;
        }
        boolean closestBest = candidate == first && features.denseBest() == 1;
        if (!namesFocus && !continuesFocus(candidate) && !closestBest && !datesTheReportedEvent(candidate)) {
            return false;
        }
        if (part.filter(asked -> AskedPart.onlyListedWithOthers(asked, sentence)).isPresent()
                || !namesOrContinues(candidate)) {
            return false;
        }
        String article = candidate.passage().articleId();
        return anchorForms.isEmpty() || best.stream()
                .filter(hit -> hit.passage().articleId().equals(article))
                .anyMatch(hit -> anchorForms.stream().anyMatch(hit.passage()::mentions));
    }

    /**
     * Whether the evidence stands next to a focus word the scorer did not look for: the editable list's official
     * word for the citizen's (补贴标准为每人2000元 for 能领到多少补助). The scorer's nearness knows the question's own
     * forms only, so a sentence naming the focus by an official word is measured here again.
     */
    private boolean nearOfficialWord(String sentence, TermStatistics statistics) {
        List<TypeEvidence.Span> evidence = TypeEvidence.spans(detail, sentence, statistics.tagged(sentence));
        return SentenceMeasures.nearFocus(evidence, sentence, focusForms);
    }

    /**
     * Whether the candidate opens an article with the day the event it reports was held, and the passage goes on to
     * name what the question asks about: the article is that event's report, so its dateline is the event's day
     * (那个扩大会议，学新质生产力的，是哪天开的 → 3月1日，…（扩大）会议召开，… and later …发展新质生产力…).
     */
    private boolean datesTheReportedEvent(AnswerService.Candidate candidate) {
        return whenHeld && candidate.sentence().features().lead() == 1
                && DATELINE_OF_EVENT.matcher(candidate.sentence().sentence()).find()
                && printedFocus.stream().anyMatch(candidate.passage().text()::contains);
    }

    /**
     * Whether a sentence that names none of the focus words still speaks of it: the sentence before it names one
     * (它, 该 and lists go on about the last thing named), or the paper prints no focus word at all, so none can be
     * asked for (a citizen's own word for it), or it is a quote whose speaker the next sentence names
     * (“…修了几百米…” then 开着货车…的刘师傅说。). A sentence elsewhere in the passage (步行10分钟即可到达超市) holds
     * a duration, not the one asked about (大走访时反映的问题，多少天之内给答复).
     */
    private boolean continuesFocus(AnswerService.Candidate candidate) {
        if (printedFocus.isEmpty()) {
            return true;
        }
        int index = candidate.index();
        List<String> sentences = candidate.sentences();
        if (index > 0 && printedFocus.stream().anyMatch(sentences.get(index - 1)::contains)) {
            return true;
        }
        return ContextQuote.speakerFollows(sentences, index)
                && printedFocus.stream().anyMatch(sentences.get(index + 1)::contains);
    }

    /**
     * Whether the sentence, or the one it goes on from, names one of the people (none asked: it does): 沈冲冲 is
     * where the paper says which 单位 沈冲冲 works for, not a quote of the article he speaks in.
     */
    private boolean namesOrContinues(AnswerService.Candidate candidate) {
        if (people.isEmpty()) {
            return true;
        }
        int index = candidate.index();
        return people.stream().anyMatch(person -> candidate.sentence().sentence().contains(person)
                || index > 0 && candidate.sentences().get(index - 1).contains(person));
    }
}
