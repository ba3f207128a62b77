package newsdesk.answer;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        if (question.type() == AnswerType.YES_NO) {
            return new Outcome(AnswerStatus.ANSWERED, Optional.of(statesWhatIsAsked(question, best(hits), candidates)));
        }
        if (!question.type().checkable()) {
            return new Outcome(AnswerStatus.ANSWERED, Optional.of(candidates.getFirst()));
        }
        Set<String> focusForms = new LinkedHashSet<>();
        question.focus().forEach(word -> focusForms.addAll(printedAs(question, word)));
        AskedFact asked = AskedFact.of(question, focusForms, best(hits), anchors(question, hits, places),
                namedPeople(questionWords, hits), candidates.getFirst());
        return candidates.stream().limit(FACT_CANDIDATES)
                .filter(candidate -> asked.heldBy(candidate, statistics) || namesItsSpeaker(question, asked, candidate))
                .findFirst()
                .map(candidate -> new Outcome(AnswerStatus.ANSWERED, Optional.of(candidate)))
                .orElseGet(() -> new Outcome(AnswerStatus.NOT_STATED, Optional.of(candidates.getFirst())));
    }

    /**
     * A word of the question as the paper may print it: the forms the question knows ({@link Question#formsOf}) and
     * the editable list's official words for it (补助 as 补贴), which only the verdict reads.
     */
    private Set<String> printedAs(Question question, String word) {
        Set<String> forms = new LinkedHashSet<>(question.formsOf(word));
        forms.addAll(statistics.everydayWords(word));
        return forms;
    }

    /**
     * The answer of a yes/no question says whether the thing asked holds. When the citizen asks it in a word the best
     * passages never print (掏钱 in 在图书馆里吹冷气、喝水要掏钱不), the best of the first candidates that prints the
     * editable list's official word for it answers (“这里的空调、饮用水、无线网络都是免费提供的”), not one that only
     * speaks of the topic (图书馆里桌椅、冷热水等一应俱全). A word the paper prints itself (安排 of 是不是都给安排上工作了)
     * leaves the ranking's choice alone: the sentence that repeats it is no likelier to say whether.
     */
    private AnswerService.Candidate statesWhatIsAsked(Question question, List<PassageHit> best,
                                                      List<AnswerService.Candidate> candidates) {
        List<String> official = question.askedWhether()
                .filter(word -> best.stream().noneMatch(hit -> hit.passage().text().contains(word)))
                .map(statistics::everydayWords)
                .orElse(List.of());
        return candidates.stream().limit(FACT_CANDIDATES)
                .filter(candidate -> official.stream().anyMatch(candidate.sentence().sentence()::contains))
                .findFirst()
                .orElse(candidates.getFirst());
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

    /**
     * The question's rarest word that the best passages hold at all, with the question's places that the filter
     * already limited the articles to when they are as rare: 村里 of 城北街道整治村里卫生 is printed only in another
     * article, and the article that prints 城北街道 speaks of what was asked as much. Such a place is never the rarest
     * word alone, since a city-wide article the filter let through need not print it. Empty when the best passages
     * hold no word of the question.
     */
    private static List<String> anchors(Question question, List<PassageHit> hits, List<String> places) {
        List<PassageHit> best = best(hits);
        List<String> held = question.terms().stream()
                .filter(term -> term.length() >= 2)
                .filter(term -> best.stream().anyMatch(hit -> hit.passage().mentions(term)))
                .toList();
        Predicate<String> filteredPlace = term -> places.stream().anyMatch(place -> place.contains(term));
        ToDoubleFunction<String> weight = term -> question.weights().getOrDefault(term, 0.0);
        return held.stream()
                .filter(filteredPlace.negate())
                .max(Comparator.comparingDouble(weight))
                .map(rarest -> Stream.concat(Stream.of(rarest), held.stream()
                                .filter(filteredPlace)
                                .filter(term -> weight.applyAsDouble(term) >= weight.applyAsDouble(rarest)))
                        .toList())
                .orElse(List.of());
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
                .filter(word -> best.stream().noneMatch(hit -> mentionsPlace(hit, word.word())))
                .filter(word -> !statistics.knownPlace(word.word()))
                .map(word -> word.word() + "/" + word.tag())
                .toList();
    }

    private static List<PassageHit> best(List<PassageHit> hits) {
        return hits.subList(0, Math.min(BEST_PASSAGES, hits.size()));
    }

    private static boolean mentionsPlace(PassageHit hit, String name) {
        // 郑州市 and 郑州 are one place; the stem must still be two characters.
        String stem = name.length() > 2 && "市县区省镇乡村".indexOf(name.charAt(name.length() - 1)) >= 0
                ? name.substring(0, name.length() - 1) : name;
        return hit.passage().mentions(stem);
    }
}
