package newsdesk.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.search.PassageHit;
import newsdesk.search.TaggedWord;

/**
 * Decides which of the three outcomes a question gets, and which sentence answers it.
 *
 * <p>{@code none}: the best passages hold too little of the question's topic weight, the dense model
 * finds them far and the two together fall short too; or the question names a rare place the best
 * passages never mention (郑州 in a question about 周口's subsidy). {@code not_stated}: the topic is covered, the question asks
 * for a checkable kind of fact (an hour, a phone number, an amount), and none of the best sentences
 * holds that kind next to what the question asks about.
 */
final class Verdict {

    /** A place this rare in the index is a place of its own, not one of the paper's everyday names. */
    private static final double RARE_PLACE_IDF = 3.0;
    /** Candidate sentences, best first, that may stand as the answer of a checkable question. */
    private static final int FACT_CANDIDATES = 3;
    /** A question asking who said something: 这话是哪位领导讲的, 谁说的. */
    private static final Pattern ASKS_SPEAKER = Pattern.compile("说|讲|表示|强调|提出|指出");
    /** A question asking when an event was held: 那个扩大会议…是哪天开的. */
    private static final Pattern ASKS_WHEN_HELD = Pattern.compile(
            "(?:哪天|哪一天|什么时候|啥时候|何时|几月几[号日])(?:开|召开|举行|举办|办)");
    /** An article's opening sentence that dates what it reports: 3月1日，…党工委（扩大）会议召开，…. */
    private static final Pattern DATELINE_OF_EVENT = Pattern.compile(
            "^\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日(?:上午|下午|晚)?，.{0,60}(?:召开|举行|举办|开幕)");
    /** Retrieved passages whose words count as what the paper says on the question. */
    private static final int BEST_PASSAGES = 3;

    record Outcome(AnswerStatus status, Optional<AnswerService.Candidate> answer) {
    }

    private final TermStatistics statistics;
    private final TopicCoverage topic;

    Verdict(AnswerProperties properties, TermStatistics statistics) {
        this.statistics = statistics;
        this.topic = new TopicCoverage(properties, statistics);
    }

    /**
     * {@code candidates} best first; {@code places} those the place filter already limited the articles to: a
     * city-wide article it let through need not print the place, so the place is no word the answer must
     * stand by.
     */
    Outcome decide(Question question, List<PassageHit> hits, List<AnswerService.Candidate> candidates,
                   List<String> places) {
        // The question is tagged once for both the places it names and the people.
        List<TaggedWord> questionWords = statistics.tagged(question.text());
        if (candidates.isEmpty() || !topic.covered(question, best(hits), candidates)
                || !absentNames(questionWords, hits).isEmpty()) {
            return new Outcome(AnswerStatus.NONE, Optional.empty());
        }
        if (!question.type().checkable()) {
            return new Outcome(AnswerStatus.ANSWERED, Optional.of(candidates.getFirst()));
        }
        AskedFact asked = AskedFact.of(question, best(hits), anchor(question, hits, places), namedPeople(questionWords, hits),
                candidates.getFirst());
        return candidates.stream().limit(FACT_CANDIDATES)
                .filter(candidate -> holdsAskedFact(asked, candidate) || namesItsSpeaker(question, asked, candidate))
                .findFirst()
                .map(candidate -> new Outcome(AnswerStatus.ANSWERED, Optional.of(candidate)))
                .orElseGet(() -> new Outcome(AnswerStatus.NOT_STATED, Optional.of(candidates.getFirst())));
    }

    /**
     * What every fact candidate of one question is checked against, worked out once for the question.
     *
     * @param focusForms   the focus words as the paper may print them
     * @param printedFocus those of them the best passages print
     * @param part         the one part the question singles out, if any ({@link AskedPart})
     * @param anchorForms  the question's rarest word the best passages hold, as the paper may print it; empty for none
     * @param people       the people the question names and the best passages print, when it asks for something of
     *                     theirs rather than for a person
     * @param first        the best candidate
     * @param whenHeld     whether the question asks when an event was held
     */
    private record AskedFact(Set<String> focusForms, List<String> printedFocus, Optional<String> part,
                             Set<String> anchorForms, List<String> people, List<PassageHit> best,
                             AnswerService.Candidate first, boolean whenHeld) {

        static AskedFact of(Question question, List<PassageHit> best, String anchor, List<String> people,
                            AnswerService.Candidate first) {
            Set<String> focusForms = question.focusForms();
            List<String> printed = focusForms.stream()
                    .filter(word -> best.stream().anyMatch(hit -> hit.passage().text().contains(word)))
                    .toList();
            return new AskedFact(focusForms, printed, AskedPart.in(question.asked()),
                    anchor.isEmpty() ? Set.of() : question.formsOf(anchor),
                    question.type() == AnswerType.PERSON ? List.of() : people, best, first,
                    question.type() == AnswerType.DATE && ASKS_WHEN_HELD.matcher(question.text()).find());
        }
    }

    /**
     * The asked-for kind next to the focus words, or anywhere when the sentence names none of them
     * (它 for the topic) or says it in other words: the best sentence that the dense model also finds closest
     * to the question (49个排查工作小组 for 人手拆成了多少个小队); and in a passage that speaks of the question's
     * rarest word, by it or a word of the same meaning (企业 for 公司), so 1728家 of the 智慧岛 is no answer to how
     * many firms the 大数据产业园 has; and not a total of several listed things for the one part the question
     * singles out ({@link AskedPart}).
     */
    private static boolean holdsAskedFact(AskedFact asked, AnswerService.Candidate candidate) {
        SentenceFeatures features = candidate.sentence().features();
        String sentence = candidate.sentence().sentence();
        boolean namesFocus = asked.focusForms().stream().anyMatch(sentence::contains);
        if (features.typeMatch() == 0 || features.typeNearFocus() == 0 && namesFocus) {
            return false;
        }
        boolean closestBest = candidate == asked.first() && features.denseBest() == 1;
        if (!namesFocus && !continuesFocus(asked.printedFocus(), candidate) && !closestBest
                && !datesTheReportedEvent(asked, candidate)) {
            return false;
        }
        if (asked.part().filter(part -> AskedPart.onlyListedWithOthers(part, sentence)).isPresent()
                || !namesOrContinues(asked.people(), candidate)) {
            return false;
        }
        String article = candidate.passage().articleId();
        return asked.anchorForms().isEmpty() || asked.best().stream()
                .filter(hit -> hit.passage().articleId().equals(article))
                .anyMatch(hit -> asked.anchorForms().stream().anyMatch(form -> hit.passage().text().contains(form)
                        || hit.passage().title().contains(form)));
    }

    /**
     * Whether the candidate opens an article with the day the event it reports was held, and the passage goes on to
     * name what the question asks about: the article is that event's report, so its dateline is the event's day
     * (那个扩大会议，学新质生产力的，是哪天开的 → 3月1日，…（扩大）会议召开，… and later …发展新质生产力…).
     */
    private static boolean datesTheReportedEvent(AskedFact asked, AnswerService.Candidate candidate) {
        return asked.whenHeld() && candidate.sentence().features().lead() == 1
                && DATELINE_OF_EVENT.matcher(candidate.sentence().sentence()).find()
                && asked.printedFocus().stream().anyMatch(candidate.passage().text()::contains);
    }

    /**
     * Whether a candidate answers who said something by the sentence after it: the words asked about, in quotes,
     * then whose they are (“…为群众提供免费停车服务，我觉得很好。” then 家住搬口办事处名都社区的王先生说。), which the
     * answer quotes with it ({@link ContextQuote}).
     */
    private boolean namesItsSpeaker(Question question, AskedFact asked, AnswerService.Candidate candidate) {
        if (question.type() != AnswerType.PERSON || !ASKS_SPEAKER.matcher(question.asked()).find()
                || !ContextQuote.speakerFollows(candidate.sentences(), candidate.index())
                || asked.focusForms().stream().noneMatch(candidate.sentence().sentence()::contains)) {
            return false;
        }
        String speaker = candidate.sentences().get(candidate.index() + 1);
        return !TypeEvidence.spans(AnswerType.PERSON, speaker, statistics.tagged(speaker), question.asked()).isEmpty();
    }

    /**
     * Whether a sentence that names none of the focus words still speaks of it, given those of them the best passages
     * print: the sentence before it names one
     * (它, 该 and lists go on about the last thing named), or the paper prints no focus word at all, so none can be
     * asked for (a citizen's own word for it), or it is a quote whose speaker the next sentence names
     * (“…修了几百米…” then 开着货车…的刘师傅说。). A sentence elsewhere in the passage (步行10分钟即可到达超市) holds
     * a duration, not the one asked about (大走访时反映的问题，多少天之内给答复).
     */
    private static boolean continuesFocus(List<String> printed, AnswerService.Candidate candidate) {
        if (printed.isEmpty()) {
            return true;
        }
        int index = candidate.index();
        List<String> sentences = candidate.sentences();
        if (index > 0 && printed.stream().anyMatch(sentences.get(index - 1)::contains)) {
            return true;
        }
        return ContextQuote.speakerFollows(sentences, index)
                && printed.stream().anyMatch(sentences.get(index + 1)::contains);
    }

    /**
     * Whether the sentence, or the one it goes on from, names one of the people (none asked: it does): 沈冲冲 is
     * where the paper says which 单位 沈冲冲 works for, not a quote of the article he speaks in.
     */
    private static boolean namesOrContinues(List<String> people, AnswerService.Candidate candidate) {
        if (people.isEmpty()) {
            return true;
        }
        int index = candidate.index();
        return people.stream().anyMatch(person -> candidate.sentence().sentence().contains(person)
                || index > 0 && candidate.sentences().get(index - 1).contains(person));
    }

    /** The people the question names that the best passages print: HanLP's name guesses the paper never prints are chance. */
    private static List<String> namedPeople(List<TaggedWord> questionWords, List<PassageHit> hits) {
        List<PassageHit> best = best(hits);
        return questionWords.stream()
                .filter(word -> word.isPersonName() && word.word().matches("\\p{IsHan}{2,4}"))
                .map(TaggedWord::word)
                .filter(name -> best.stream().anyMatch(hit -> hit.passage().text().contains(name)))
                .distinct()
                .toList();
    }

    /** The question's rarest word that the best passages hold at all; empty when they hold none. */
    private static String anchor(Question question, List<PassageHit> hits, List<String> places) {
        List<PassageHit> best = best(hits);
        return question.terms().stream()
                .filter(term -> term.length() >= 2)
                .filter(term -> places.stream().noneMatch(place -> place.contains(term)))
                .filter(term -> best.stream().anyMatch(hit -> hit.passage().text().contains(term)
                        || hit.passage().title().contains(term)))
                .max(Comparator.comparingDouble(term -> question.weights().getOrDefault(term, 0.0)))
                .orElse("");
    }

    /** {coverage, cosine} of the best passages, as {@link TopicCoverage} weighs them. */
    double[] topicEvidence(Question question, List<PassageHit> hits, List<AnswerService.Candidate> candidates) {
        return topic.evidence(question, best(hits), candidates);
    }

    /**
     * The rare places the question names that none of the best passages mentions, and that no article is about:
     * another city's. A place of the paper's own that the passages leave out is fine, since the place filter let
     * through only passages about it or about no place of its kind (我市…, for 川汇区).
     */
    List<String> absentNames(Question question, List<PassageHit> hits) {
        return absentNames(statistics.tagged(question.text()), hits);
    }

    private List<String> absentNames(List<TaggedWord> questionWords, List<PassageHit> hits) {
        List<PassageHit> best = best(hits);
        return questionWords.stream()
                // Places only: HanLP's person-name guesses fire on colloquial fragments (查牙, 钱比). A
                // common place of the paper (示范区) missing from three passages is chance, not another city.
                .filter(word -> word.isPlaceName() && word.word().matches("\\p{IsHan}{2,}")
                        && statistics.idf(word.word()) >= RARE_PLACE_IDF)
                .filter(word -> best.stream().noneMatch(hit -> mentions(hit, word.word())))
                .filter(word -> !statistics.knownPlace(word.word()))
                .map(word -> word.word() + "/" + word.tag())
                .toList();
    }

    private static List<PassageHit> best(List<PassageHit> hits) {
        return hits.subList(0, Math.min(BEST_PASSAGES, hits.size()));
    }

    private static boolean mentions(PassageHit hit, String name) {
        // 郑州市 and 郑州 are one place; the stem must still be two characters.
        String stem = name.length() > 2 && "市县区省镇乡村".indexOf(name.charAt(name.length() - 1)) >= 0
                ? name.substring(0, name.length() - 1) : name;
        return hit.passage().text().contains(stem) || hit.passage().title().contains(stem);
    }
}
